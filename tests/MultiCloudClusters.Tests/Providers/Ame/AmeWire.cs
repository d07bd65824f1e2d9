using System.Text.Json;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Resilience;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>A WireMock server and an <see cref="AmeClusterProvider"/> pointed at it, with Trace logs captured.</summary>
public sealed class AmeWire : IDisposable
{
    public const string Pat = "acloud-pat-7f3c9e1b5d2a4c6e8f0a";
    public const string Org = "acme";

    private readonly Microsoft.Extensions.Logging.ILoggerFactory _logging;

    public AmeWire(int maxRetryAttempts = 2)
    {
        Server = WireMockServer.Start();
        Logs = new LogCapture();
        _logging = Logs.CreateFactory();
        Provider = new AmeClusterProvider(Options(Server.Url!, maxRetryAttempts), loggerFactory: _logging);
    }

    public WireMockServer Server { get; }

    public LogCapture Logs { get; }

    public AmeClusterProvider Provider { get; }

    /// <summary>Options with tiny delays and no circuit breaker, so retries are quick and never trip.</summary>
    public static AmeOptions Options(string url, int maxRetryAttempts = 2) => new()
    {
        Endpoint = new Uri(url),
        Organisation = Org,
        PersonalAccessToken = Pat,
        UseEnvironmentVariables = false,
        Resilience = new ResilienceOptions
        {
            MaxRetryAttempts = maxRetryAttempts,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(2),
            EnableCircuitBreaker = false,
        },
    };

    /// <summary>Answers every request with <paramref name="status"/> and <paramref name="json"/>.</summary>
    public void Respond(int status, string? json, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        if (json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    /// <summary>The one request received; checks its method, path and the token header.</summary>
    public IRequestMessage Received(string method, string path)
    {
        var message = Assert.Single(Server.LogEntries).RequestMessage!;
        AssertRequest(message, method, path);
        return message;
    }

    public static void AssertRequest(IRequestMessage message, string method, string path)
    {
        Assert.Equal(method, message.Method);
        Assert.Equal(path, message.Path);
        Assert.Equal("Token " + Pat, Header(message, "Authorization"));
    }

    public static string? Header(IRequestMessage message, string name) =>
        message.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Single();

    public static List<(string Name, string Value)> Query(IRequestMessage message)
    {
        var query = new Uri(message.Url).Query.TrimStart('?');
        return query.Length == 0
            ? []
            : [.. query.Split('&').Select(pair =>
            {
                var parts = pair.Split('=', 2);
                return (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : string.Empty));
            })];
    }

    public static JsonElement Json(IRequestMessage message)
    {
        Assert.False(string.IsNullOrEmpty(message.Body), "the request had no body");
        Assert.StartsWith("application/json", Header(message, "Content-Type"), StringComparison.Ordinal);
        return JsonDocument.Parse(message.Body!).RootElement.Clone();
    }

    /// <summary>Asserts the object has exactly these members (no more, no fewer).</summary>
    public static void AssertMembers(JsonElement json, params string[] names) =>
        Assert.Equal(names.Order(StringComparer.Ordinal), json.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

    public void Dispose()
    {
        _logging.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
