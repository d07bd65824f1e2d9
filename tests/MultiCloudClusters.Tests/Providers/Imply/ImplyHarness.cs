using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Resilience;
using MultiCloudClusters.Tests.Wire;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>A WireMock server playing the Imply API (under <c>/api/v1</c>) and a token endpoint, plus captured logs.</summary>
public sealed class ImplyHarness : IDisposable
{
    public const string Prefix = "/api/v1";
    public const string TokenPath = "/oauth/token";
    public const string AccessToken = "static-token-Q7f3a9Zk";
    public const string ClientId = "imply-client-id";
    public const string ClientSecret = "client-secret-V9w2Lm4Xr";
    public const string ClusterId = "e9e1e18f-a9e8-4dd7-8a18-768039c57f22";

    public const string ClusterJson = """
        {
          "metadata": { "name": "test-1", "uid": "e9e1e18f-a9e8-4dd7-8a18-768039c57f22" },
          "spec": {
            "version": "2021.06",
            "desiredState": "STARTED",
            "awsTags": [ { "name": "team", "value": "analytics" }, { "name": "env", "value": "prod" } ],
            "master": { "replicas": 1, "instanceType": "t2.small" },
            "query": { "replicas": 3, "instanceType": "t2.medium" },
            "data": { "tier1": { "replicas": 2, "instanceType": "i3.xlarge" } },
            "metadataStore": { "instanceType": "db.t3.small", "diskSize": 27, "backupRetention": 14, "encrypt": true },
            "pivot": { "accessMode": "PROXIED" },
            "deepStorage": { "path": "s3://my-bucket/prefix", "encrypt": true },
            "featureFlags": [ "someFlag" ]
          },
          "status": {
            "resourceVersion": 7,
            "state": "RUNNING",
            "servers": [ { "instanceId": "i-0abc123", "instanceType": "t2.small", "tier": "master", "state": "RUNNING" } ]
          }
        }
        """;

    public ImplyHarness()
    {
        Wire = new WireServer(Prefix);
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
    }

    public WireServer Wire { get; }

    public WireMock.Server.WireMockServer Server => Wire.Server;

    public LogCapture Logs { get; } = new();

    public ILoggerFactory LoggerFactory { get; }

    public Uri Endpoint => new(Server.Url! + Prefix);

    public Uri TokenEndpoint => new(Server.Url! + TokenPath);

    /// <summary>A provider on this server with a fixed access token, fast retries and no circuit breaker.</summary>
    public ImplyClusterProvider Provider(Action<ImplyOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new ImplyOptions { Endpoint = Endpoint, AccessToken = AccessToken, Resilience = FastResilience() };
        configure?.Invoke(options);
        return new ImplyClusterProvider(options, loggerFactory: LoggerFactory, timeProvider: time);
    }

    /// <summary>A provider that obtains tokens from this server's token endpoint.</summary>
    public ImplyClusterProvider OAuthProvider(TimeProvider? time = null, string? scope = null) => Provider(
        o =>
        {
            o.AccessToken = null;
            o.ClientId = ClientId;
            o.ClientSecret = ClientSecret;
            o.TokenEndpoint = TokenEndpoint;
            o.Scope = scope;
        },
        time);

    public static ResilienceOptions FastResilience() => new()
    {
        MaxRetryAttempts = 2,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(2),
        EnableCircuitBreaker = false,
    };

    /// <summary>Answers <paramref name="method"/> on <paramref name="path"/> (below the prefix).</summary>
    public void Answer(string method, string path, int status, string body = "", string? scenarioState = null, string? nextState = null, string? scenario = null)
    {
        var request = Request.Create().WithPath(Prefix + path).UsingMethod(method);
        var response = Response.Create().WithStatusCode(status);
        if (body.Length > 0)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        var given = Server.Given(request);
        if (scenarioState is not null || nextState is not null)
        {
            given = given.InScenario(scenario ?? method + path);
            if (scenarioState is not null)
            {
                given = given.WhenStateIs(scenarioState);
            }

            if (nextState is not null)
            {
                given = given.WillSetStateTo(nextState);
            }
        }

        given.RespondWith(response);
    }

    /// <summary>The token endpoint hands out <paramref name="tokens"/> one after the other (the last one from then on).</summary>
    public void TokenEndpointIssues(double? expiresIn, params string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var body = expiresIn is { } seconds
                ? $$"""{ "access_token": "{{tokens[i]}}", "token_type": "Bearer", "expires_in": {{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }"""
                : $$"""{ "access_token": "{{tokens[i]}}", "token_type": "bearer" }""";
            var given = Server.Given(Request.Create().WithPath(TokenPath).UsingPost()).InScenario("token");
            if (i > 0)
            {
                given = given.WhenStateIs("t" + i);
            }

            if (i < tokens.Length - 1)
            {
                given = given.WillSetStateTo("t" + (i + 1));
            }

            given.RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
        }
    }

    public IReadOnlyList<ILogEntry> ApiRequests() => [.. Server.LogEntries.Where(e => new Uri(e.RequestMessage!.AbsoluteUrl).AbsolutePath.StartsWith(Prefix, StringComparison.Ordinal))];

    public IReadOnlyList<ILogEntry> TokenRequests() => [.. Server.LogEntries.Where(e => new Uri(e.RequestMessage!.AbsoluteUrl).AbsolutePath == TokenPath)];

    public ILogEntry SingleApiRequest(string method, string path)
    {
        var entry = Assert.Single(ApiRequests());
        Assert.Equal(method, entry.RequestMessage!.Method);
        Assert.Equal(Prefix + path, new Uri(entry.RequestMessage.AbsoluteUrl).AbsolutePath);
        return entry;
    }

    public static string Query(ILogEntry entry) => new Uri(entry.RequestMessage!.AbsoluteUrl).Query;

    public static string? Header(ILogEntry entry, string name) => WireServer.Header(entry, name);

    public static string? RawBody(ILogEntry entry)
    {
        var message = entry.RequestMessage!;
        if (message.BodyAsBytes is { Length: > 0 } bytes)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        return string.IsNullOrEmpty(message.Body) ? null : message.Body;
    }

    public static JsonElement Json(ILogEntry entry)
    {
        var raw = RawBody(entry);
        Assert.NotNull(raw);
        using var document = JsonDocument.Parse(raw);
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        LoggerFactory.Dispose();
        Wire.Dispose();
    }
}
