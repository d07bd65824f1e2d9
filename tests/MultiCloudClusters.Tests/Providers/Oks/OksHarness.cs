using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Resilience;
using MultiCloudClusters.Tests.Unified;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>One canned answer of the mock server.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body, or null for none.</param>
/// <param name="Headers">Extra response headers.</param>
/// <param name="ContentType">The content type of <paramref name="Body"/>.</param>
/// <param name="RealDelay">How long (real time) the server stalls before answering, to provoke a client timeout.</param>
public sealed record Reply(int Status, string? Body, IReadOnlyDictionary<string, string>? Headers = null, string ContentType = "application/json", TimeSpan? RealDelay = null)
{
    /// <summary>A 200 with a JSON body.</summary>
    public static Reply Ok(string body) => new(200, body);
}

/// <summary>
/// A WireMock server speaking OKS under <c>/api/v2</c>, a fake clock, a Trace-level log capture and an
/// <see cref="OksClusterProvider"/> built with the public non-DI constructor over all three.
/// </summary>
public sealed class OksHarness : IDisposable
{
    /// <summary>The API prefix of the endpoint.</summary>
    public const string Prefix = "/api/v2";

    /// <summary>The access key the default options carry.</summary>
    public const string AccessKey = "AKTEST0123456789ABCD";

    /// <summary>The secret key the default options carry.</summary>
    public const string SecretKey = "sk-TEST-9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    /// <summary>A cluster id used by the samples.</summary>
    public const string ClusterId = "3f0c9e1e-5a8b-4c1d-9f2e-0d6b7a1c2e3f";

    /// <summary>A project id used by the samples.</summary>
    public const string ProjectId = "a1b2c3d4-0000-4000-8000-000000000001";

    private readonly ConcurrentQueue<(string Path, DateTimeOffset At)> _arrivals = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly CancellationTokenSource _stopping = new();
    private OksClusterProvider? _provider;

    /// <summary>Starts the server.</summary>
    public OksHarness()
    {
        Server = WireMockServer.Start();
        _loggerFactory = Logs.CreateFactory();
    }

    /// <summary>The mock server.</summary>
    public WireMockServer Server { get; }

    /// <summary>The clock every provider of this harness uses.</summary>
    public FakeTimeProvider Time { get; } = new();

    /// <summary>Everything logged, at every level.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The endpoint, <c>http://127.0.0.1:port/api/v2/</c> (loopback, so plain http is allowed).</summary>
    public Uri Endpoint => new(Server.Url + Prefix + "/");

    /// <summary>The provider built from <see cref="Options"/> with no changes.</summary>
    public OksClusterProvider Provider => _provider ??= CreateProvider();

    /// <summary>The requests received, in order.</summary>
    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime)];

    /// <summary>The fake time at which each request reached the server, in order.</summary>
    public IReadOnlyList<(string Path, DateTimeOffset At)> Arrivals => [.. _arrivals];

    /// <summary>Resilience settings for fake time: timeouts far away, no circuit breaker.</summary>
    public static ResilienceOptions FakeTimeResilience(int retries = 3) => new()
    {
        MaxRetryAttempts = retries,
        AttemptTimeout = TimeSpan.FromHours(1),
        TotalTimeout = TimeSpan.FromHours(2),
        EnableCircuitBreaker = false,
    };

    /// <summary>Options pointing at the server with access-key credentials and no CLI configuration.</summary>
    public OksOptions Options(Action<OksOptions>? configure = null)
    {
        var options = new OksOptions
        {
            Endpoint = Endpoint,
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            UseCliConfiguration = false,
            Resilience = FakeTimeResilience(),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A provider over the server, this harness's clock and log capture.</summary>
    public OksClusterProvider CreateProvider(Action<OksOptions>? configure = null) =>
        new(Options(configure), loggerFactory: _loggerFactory, timeProvider: Time);

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> (below the prefix) always the same way.</summary>
    public void Answer(string method, string path, int status, string? body, params (string Name, string Value)[] headers) =>
        AnswerWith(method, path, (_, _) => new Reply(status, body, headers.ToDictionary(h => h.Name, h => h.Value)));

    /// <summary>Answers with the replies in turn; the last one repeats.</summary>
    public void AnswerSequence(string method, string path, params Reply[] replies) =>
        AnswerWith(method, path, (_, n) => replies[Math.Min(n, replies.Length - 1)]);

    /// <summary>Answers through <paramref name="reply"/>, given the request and its 0-based number on this route.</summary>
    public void AnswerWith(string method, string path, Func<IRequestMessage, int, Reply> reply, int priority = 5)
    {
        var calls = -1;
        Server
            .Given(Request.Create().WithPath(Prefix + path).UsingMethod(method))
            .AtPriority(priority)
            .RespondWith(Response.Create().WithCallback(async request =>
            {
                _arrivals.Enqueue((request.Path, Time.GetUtcNow()));
                var answer = reply(request, Interlocked.Increment(ref calls));
                if (answer.RealDelay is { } stall)
                {
                    try
                    {
                        await Task.Delay(stall, _stopping.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The test is over; answer at once so the server can stop.
                    }
                }

                return ToMessage(answer);
            }));
    }

    /// <summary>Adds a route matched by a request builder (for query matching).</summary>
    public void AnswerWhen(IRequestBuilder request, Reply reply, int priority = 5) =>
        Server.Given(request).AtPriority(priority).RespondWith(Response.Create().WithCallback(r =>
        {
            _arrivals.Enqueue((r.Path, Time.GetUtcNow()));
            return ToMessage(reply);
        }));

    /// <summary>Asserts the server got exactly one request, with this method and path (below the prefix) and the access-key headers; returns it.</summary>
    public ILogEntry SentOnce(string method, string path)
    {
        var entry = Assert.Single(Requests);
        Assert.Equal(method, entry.RequestMessage!.Method);
        Assert.Equal(Prefix + path, entry.RequestMessage.Path);
        AssertAccessKeyAuth(entry);
        return entry;
    }

    /// <summary>Asserts the request authenticated with this harness's access key, and only with it.</summary>
    public static void AssertAccessKeyAuth(ILogEntry entry)
    {
        Assert.Equal(AccessKey, Header(entry, "AccessKey"));
        Assert.Equal(SecretKey, Header(entry, "SecretKey"));
        Assert.Null(Header(entry, "Authorization"));
    }

    /// <summary>Asserts the request carried exactly this JSON body (member order ignored).</summary>
    public static void AssertJsonBody(ILogEntry entry, string expectedJson)
    {
        Assert.StartsWith("application/json", Header(entry, "Content-Type"), StringComparison.Ordinal);
        var actual = JsonNode.Parse(entry.RequestMessage!.Body!);
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"body sent:{Environment.NewLine}{actual}{Environment.NewLine}expected:{Environment.NewLine}{expected}");
    }

    /// <summary>Asserts the request carried no body.</summary>
    public static void AssertNoBody(ILogEntry entry) =>
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage!.Body), "no request body expected");

    /// <summary>An OKS success envelope: <c>ResponseContext</c> plus <paramref name="members"/> (JSON members without braces).</summary>
    public static string Envelope(string members) => """{"ResponseContext":{"RequestId":"req-ok"},""" + members + "}";

    /// <summary>The value of a header the client sent, or null (names compared case-insensitively).</summary>
    public static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage?.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found
            ? string.Join(",", found.Value)
            : null;

    /// <summary>The query the client sent as sorted (name, value) pairs.</summary>
    public static List<(string Name, string Value)> Query(ILogEntry entry) =>
        [.. (entry.RequestMessage!.Query ?? new Dictionary<string, WireMockList<string>>())
            .SelectMany(kv => kv.Value.Select(v => (kv.Key, v)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)];

    /// <summary>Advances fake time in steps until <paramref name="task"/> ends (bounded), then returns its result.</summary>
    public async Task<T> Drive<T>(Task<T> task, TimeSpan? step = null, int maxSteps = 3000)
    {
        await DriveCore(task, step, maxSteps);
        return await task;
    }

    /// <summary>Advances fake time in steps until <paramref name="task"/> ends (bounded).</summary>
    public async Task Drive(Task task, TimeSpan? step = null, int maxSteps = 3000)
    {
        await DriveCore(task, step, maxSteps);
        await task;
    }

    /// <summary>Waits (bounded, in real time, without touching the fake clock) until <paramref name="condition"/> holds.</summary>
    public static async Task Until(Func<bool> condition, string what)
    {
        for (var i = 0; i < 2000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "timed out waiting for: " + what);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _loggerFactory.Dispose();
        Server.Stop();
        Server.Dispose();
    }

    // ------------------------------------------------------------------ sample bodies

    /// <summary>A cluster object as OKS sends it.</summary>
    public static string Cluster(string id = ClusterId, string name = "web-prod", string? status = "ready", string version = "1.31")
    {
        var statusJson = status is null ? "null" : $"\"{status}\"";
        return $$"""
            {"project_id":"{{ProjectId}}","id":"{{id}}","name":"{{name}}","description":"front","version":"{{version}}",
             "cni":"cilium","cp_multi_az":false,"cp_subregions":["2a"],"control_planes":"cp.mono.master",
             "admin_whitelist":["203.0.113.7/32"],"cidr_pods":"10.91.0.0/16","cidr_service":"10.92.0.0/16",
             "cluster_dns":"10.92.0.10","tags":{"team":"web"},"admission_flags":{},
             "statuses":{"created_at":"2025-03-04T10:11:12Z","updated_at":"2025-03-04T10:20:00Z","status":{{statusJson}},"available_upgrade":"1.32"}
            """ + "}";
    }

    /// <summary>A <c>ClusterResponse</c> envelope.</summary>
    public static string ClusterResponse(string? status = "ready", string id = ClusterId, string name = "web-prod", string version = "1.31") =>
        """{"ResponseContext":{"RequestId":"req-1"},"Cluster":""" + Cluster(id, name, status, version) + "}";

    /// <summary>A <c>ClusterListResponse</c> with a cursor (null: last page).</summary>
    public static string ListResponse(string? nextCursor, params string[] ids)
    {
        var clusters = string.Join(",", ids.Select(id => Cluster(id, "c-" + id)));
        var cursor = nextCursor is null ? "null" : $"\"{nextCursor}\"";
        return $$"""{"ResponseContext":{"RequestId":"req-list"},"Pagination":{"cursor":{"next_cursor":{{cursor}}},"offset":null},"Clusters":[{{clusters}}]}""";
    }

    /// <summary>An OKS error envelope with a string <c>Details</c>.</summary>
    public static string ErrorEnvelope(string type, string details, int code, string requestId = "req-err") =>
        $$$"""{"Errors":[{"Type":"{{{type}}}","Details":"{{{details}}}","Code":"{{{code}}}"}],"ResponseContext":{"RequestId":"{{{requestId}}}"}}""";

    private static IResponseMessage ToMessage(Reply reply)
    {
        var message = new ResponseMessage { StatusCode = reply.Status };
        if (reply.Body is not null)
        {
            message.AddHeader("Content-Type", reply.ContentType);
            message.BodyData = new BodyData { BodyAsString = reply.Body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
        }

        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            message.AddHeader(name, value);
        }

        return message;
    }

    private async Task DriveCore(Task task, TimeSpan? step, int maxSteps)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        Assert.True(task.IsCompleted, $"the call did not finish within {maxSteps} fake-time steps");
    }
}
