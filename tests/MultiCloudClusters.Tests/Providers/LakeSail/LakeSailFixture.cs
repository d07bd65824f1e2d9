using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Resilience;
using MultiCloudClusters.Tests.Wire;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>A WireMock server speaking LakeSail, a provider pointed at it, captured logs, and helpers to check what was sent.</summary>
public sealed class LakeSailFixture : IDisposable
{
    public const string Token = "ls-T0KEN-do-not-leak-8f3a9c";
    public const string Prefix = "/api/v1";

    public const string ConnectionJson = """
        {
          "id": "C0NN3CT10N",
          "name": "Production",
          "provider": "aws",
          "providerConfig": {
            "accountId": "123456789012",
            "region": "us-east-1",
            "roleArn": "arn:aws:iam::123456789012:role/LakeSailConnection",
            "externalIdSecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:lakesail-ext-id",
            "stackArn": "arn:aws:cloudformation:us-east-1:123456789012:stack/lakesail-connection/abc123"
          },
          "status": "active",
          "statusMessage": "Connection verified",
          "templateSyncedAt": "2025-02-28T09:30:00Z",
          "templateSyncMessage": "Stack is up to date",
          "createdAt": "2025-02-27T08:00:00Z",
          "updatedAt": "2025-03-01T10:00:00Z",
          "futureField": 1
        }
        """;

    public LakeSailFixture(FakeTimeProvider? time = null, Action<ResilienceOptions>? resilience = null)
    {
        Wire = new WireServer(Prefix);
        Time = time;
        Options = new LakeSailOptions
        {
            Endpoint = new Uri(Wire.Server.Url + Prefix + "/"),
            ApiToken = Token,
            UseEnvironment = false,
            Resilience = new ResilienceOptions
            {
                // Real-time tests keep retries instant; fake-time tests drive the clock themselves.
                BaseDelay = TimeSpan.FromMilliseconds(1),
                MaxDelay = TimeSpan.FromMilliseconds(2),
                EnableCircuitBreaker = false,
            },
        };
        resilience?.Invoke(Options.Resilience);
        Recorder = new RecordingHandler(time ?? TimeProvider.System) { InnerHandler = new SocketsHttpHandler() };
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Provider = new LakeSailConnectionProvider(Options, Recorder, LoggerFactory, time);
    }

    public WireServer Wire { get; }

    public FakeTimeProvider? Time { get; }

    public LakeSailOptions Options { get; }

    public LogCapture Logs { get; } = new();

    public ILoggerFactory LoggerFactory { get; }

    public RecordingHandler Recorder { get; }

    public LakeSailConnectionProvider Provider { get; }

    public IReadOnlyList<ILogEntry> Requests => [.. Wire.Server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime)];

    /// <summary>Answers every request (any method, any path) with <paramref name="status"/> and a JSON body.</summary>
    public void Answer(int status, string body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Wire.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    /// <summary>Answers requests in order: the n-th request gets the n-th response (the last repeats).</summary>
    public void AnswerInSequence(params (int Status, string Body)[] responses)
    {
        const string scenario = "sequence";
        for (var i = 0; i < responses.Length; i++)
        {
            var (status, body) = responses[i];
            var given = Wire.Server.Given(Request.Create().UsingAnyMethod()).InScenario(scenario);
            if (i > 0)
            {
                given = given.WhenStateIs($"s{i}");
            }

            if (i < responses.Length - 1)
            {
                given = given.WillSetStateTo($"s{i + 1}");
            }

            given.RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        }
    }

    /// <summary>Checks the single request's method, path and Bearer header; returns it.</summary>
    public ILogEntry SingleRequest(string method, string path)
    {
        var entry = Assert.Single(Wire.Server.LogEntries);
        AssertRequest(entry, method, path);
        return entry;
    }

    public static void AssertRequest(ILogEntry entry, string method, string path)
    {
        var message = entry.RequestMessage!;
        Assert.Equal(method, message.Method);
        Assert.Equal(Prefix + path, new Uri(message.AbsoluteUrl).AbsolutePath);
        Assert.Equal("Bearer " + Token, WireServer.Header(entry, "Authorization"));
    }

    public static JsonElement Body(ILogEntry entry)
    {
        using var document = JsonDocument.Parse(entry.RequestMessage!.Body!);
        return document.RootElement.Clone();
    }

    public static string? RawQuery(ILogEntry entry) => string.IsNullOrEmpty(entry.RequestMessage!.RawQuery) ? null : entry.RequestMessage.RawQuery;

    /// <summary>Moves fake time in small steps until <paramref name="task"/> ends (real pauses let I/O happen between steps).</summary>
    public async Task<T> DriveAsync<T>(Task<T> task, TimeSpan step)
    {
        var time = Time ?? throw new InvalidOperationException("No fake clock");
        for (var i = 0; i < 5000 && !task.IsCompleted; i++)
        {
            await Task.Delay(2);
            if (!task.IsCompleted)
            {
                time.Advance(step);
            }
        }

        return await task;
    }

    public void Dispose()
    {
        LoggerFactory.Dispose();
        Wire.Dispose();
    }
}

/// <summary>The innermost handler: records the (possibly fake) time each attempt leaves.</summary>
public sealed class RecordingHandler(TimeProvider time) : DelegatingHandler
{
    public ConcurrentQueue<DateTimeOffset> SentAt { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        SentAt.Enqueue(time.GetUtcNow());
        return base.SendAsync(request, cancellationToken);
    }
}
