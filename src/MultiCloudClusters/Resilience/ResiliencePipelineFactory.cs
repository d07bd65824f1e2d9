using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Telemetry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace MultiCloudClusters.Resilience;

/// <summary>
/// Builds the one pipeline every provider's HttpClient uses, outermost first:
/// total timeout → retry (server hints, idempotency rules) → circuit breaker → attempt timeout.
/// An error response is parsed once (<see cref="ErrorReader"/> keeps the result with the response): the retry
/// decision, the delay and the error translation all read that one <see cref="CloudError"/>.
/// </summary>
internal static class ResiliencePipelineFactory
{
    internal static readonly ResiliencePropertyKey<HttpRequestMessage?> RequestKey = new("MultiCloudClusters.Request");

    public static ResiliencePipeline<HttpResponseMessage> Create(
        ResilienceOptions options,
        IProviderErrorParser parser,
        TimeProvider timeProvider,
        ProviderTelemetry telemetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider, Name = parser.Provider };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout, Name = "total" });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(RetryOptions(options, parser, telemetry));
        }

        if (options.EnableCircuitBreaker)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = options.CircuitSamplingDuration,
                BreakDuration = options.CircuitBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException } => true,
                    { Result: { } response } => (int)response.StatusCode >= 500 || (int)response.StatusCode == 408,
                    _ => false,
                }),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "attempt" });
        return builder.Build();
    }

    private static RetryStrategyOptions<HttpResponseMessage> RetryOptions(ResilienceOptions options, IProviderErrorParser parser, ProviderTelemetry telemetry) => new()
    {
        MaxRetryAttempts = options.MaxRetryAttempts,
        ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context, parser, options),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        DelayGenerator = args => ServerDelayAsync(args.Outcome, parser),
        OnRetry = args =>
        {
            var request = args.Context.Properties.GetValue(RequestKey, null);
            var status = args.Outcome.Result is { } r ? (int)r.StatusCode : 0;
            var errorType = args.Outcome.Exception is { } exception ? ProviderTelemetry.ErrorType(exception) : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var tags = telemetry.Tags(request);
            tags.Add("error.type", errorType);
            if (status > 0)
            {
                tags.Add("http.response.status_code", status);
            }

            telemetry.Instruments.Retries.Add(1, tags);
            Log.Retrying(
                telemetry.Logger,
                telemetry.Registration,
                request?.Method.Method ?? "?",
                RequestPath.Of(request),
                args.AttemptNumber + 1,
                status,
                errorType,
                args.RetryDelay.TotalMilliseconds);
            return ValueTask.CompletedTask;
        },
    };

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context, IProviderErrorParser parser, ResilienceOptions options)
    {
        var request = context.Properties.GetValue(RequestKey, null);
        var idempotent = request is not null && IdempotencyRules.IsIdempotent(request);
        if (outcome.Exception is { } exception)
        {
            return RetryDecision.ShouldRetry(exception, idempotent);
        }

        if (outcome.Result is not { } response || (int)response.StatusCode < 400)
        {
            return false;
        }

        var error = await ErrorReader.ReadAsync(response, parser, context.CancellationToken).ConfigureAwait(false);
        return RetryDecision.ShouldRetry(error, idempotent, options.MaxServerDelay);
    }

    private static async ValueTask<TimeSpan?> ServerDelayAsync(Outcome<HttpResponseMessage> outcome, IProviderErrorParser parser)
    {
        if (outcome.Result is not { } response || (int)response.StatusCode < 400)
        {
            return null;
        }

        var error = await ErrorReader.ReadAsync(response, parser, CancellationToken.None).ConfigureAwait(false);
        return error.RetryAfter;
    }
}
