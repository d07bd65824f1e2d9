using System.Net;
using System.Text;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Tests.Telemetry;

/// <summary>
/// One pass per error response: the retry decision, the retry delay and the error translation share one parse,
/// counted per response object through the whole handler chain.
/// </summary>
public sealed class ErrorParseOnceTests
{
    private static readonly Uri Endpoint = new("https://api.example.test/v1/");

    [Fact]
    public async Task Every_failed_attempt_is_parsed_once_and_the_last_parse_is_the_thrown_error()
    {
        var server = new ScriptedHandler(
            () => Error(HttpStatusCode.ServiceUnavailable, "Unavailable"),
            () => Error(HttpStatusCode.ServiceUnavailable, "Unavailable"),
            () => Error(HttpStatusCode.ServiceUnavailable, "StillUnavailable"));
        var parser = new CountingParser(new LakeSailErrorParser());
        using var client = Client(parser, server, maxRetries: 2);

        var error = await Assert.ThrowsAsync<CloudApiException>(() => client.GetAsync("connections/c-1"));

        // Three responses (the first try and two retries), each read by the retry decision and the delay, the
        // last one also by the translation: three parses, not the six or more of one parse per reader.
        Assert.Equal(3, server.Responses.Count);
        Assert.Equal(server.Responses.Count, parser.Calls);
        Assert.Same(parser.Results[^1], error.Error);
        Assert.Equal("StillUnavailable", error.ErrorCode);
    }

    [Fact]
    public async Task A_throttled_answer_with_a_body_hint_is_parsed_once_for_the_decision_and_the_delay()
    {
        var server = new ScriptedHandler(
            () => Error(HttpStatusCode.TooManyRequests, "Throttled", retryAfterSeconds: 0),
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        var parser = new CountingParser(new LakeSailErrorParser());
        using var client = Client(parser, server, maxRetries: 2);

        using var response = await client.GetAsync("connections/c-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, parser.Calls);
        Assert.Equal(TimeSpan.Zero, parser.Results[0].RetryAfter);
    }

    [Fact]
    public async Task An_answer_that_is_not_retried_is_parsed_once_for_the_decision_and_the_translation()
    {
        var server = new ScriptedHandler(() => Error(HttpStatusCode.NotFound, "NotFound"));
        var parser = new CountingParser(new LakeSailErrorParser());
        using var client = Client(parser, server, maxRetries: 3);

        var error = await Assert.ThrowsAsync<CloudNotFoundException>(() => client.GetAsync("connections/missing"));

        Assert.Single(server.Responses);
        Assert.Equal(1, parser.Calls);
        Assert.Same(parser.Results[0], error.Error);
    }

    private static HttpClient Client(IProviderErrorParser parser, HttpMessageHandler server, int maxRetries)
    {
        var options = new ResilienceOptions
        {
            MaxRetryAttempts = maxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(5),
            EnableCircuitBreaker = false,
        };
        return new ProviderHttpPipeline(new ProviderSetup(Endpoint, parser, null, options, null), null, null).CreateClient(server);
    }

    private static HttpResponseMessage Error(HttpStatusCode status, string code, int? retryAfterSeconds = null)
    {
        var details = retryAfterSeconds is { } seconds ? $$""","details":{"retryable":true,"retryAfter":{{seconds}}}""" : string.Empty;
        return new HttpResponseMessage(status)
        {
            Content = new StringContent($$$"""{"error":{"code":"{{{code}}}","message":"try later"{{{details}}}}}""", Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>Answers each request with the next scripted response (the last one again when the script runs out).</summary>
    private sealed class ScriptedHandler(params Func<HttpResponseMessage>[] script) : HttpMessageHandler
    {
        public List<HttpResponseMessage> Responses { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = script[Math.Min(Responses.Count, script.Length - 1)]();
            response.RequestMessage = request;
            Responses.Add(response);
            return Task.FromResult(response);
        }
    }

    /// <summary>A provider's parser that counts its calls and keeps what each returned.</summary>
    private sealed class CountingParser(IProviderErrorParser inner) : IProviderErrorParser
    {
        private readonly object _gate = new();

        public int Calls => Results.Count;

        public List<CloudError> Results { get; } = [];

        public List<ErrorResponse> Responses { get; } = [];

        public string Provider => inner.Provider;

        public CloudError Parse(ErrorResponse response)
        {
            var error = inner.Parse(response);
            lock (_gate)
            {
                Results.Add(error);
                Responses.Add(response);
            }

            return error;
        }
    }
}
