using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Resilience;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>A mock EKS endpoint on loopback, a provider pointed at it with known credentials, a fake clock and captured logs.</summary>
internal sealed class EksHost : IDisposable
{
    public const string Region = "us-west-2";
    public const string AccessKeyId = "AKIDEXAMPLE";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string SessionToken = "FwoGZXIvYXdzEXAMPLE-session-token-do-not-log";

    public static readonly DateTimeOffset Start = new(2024, 3, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly ILoggerFactory _loggerFactory;

    public EksHost(Action<EksOptions>? configure = null)
    {
        Server = WireMockServer.Start();
        Time = new FakeTimeProvider(Start);
        Logs = new LogCapture();
        _loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Options = new EksOptions
        {
            Region = Region,
            Endpoint = new Uri(Server.Url!),
            AccessKeyId = AccessKeyId,
            SecretAccessKey = SecretAccessKey,
            SessionToken = SessionToken,
            UseSdkDefaults = false,
            Resilience = new ResilienceOptions
            {
                MaxRetryAttempts = 2,
                BaseDelay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromMilliseconds(200),
                AttemptTimeout = TimeSpan.FromHours(1),
                TotalTimeout = TimeSpan.FromHours(2),
                EnableCircuitBreaker = false,
            },
        };
        configure?.Invoke(Options);
        Provider = new EksClusterProvider(Options, loggerFactory: _loggerFactory, timeProvider: Time);
    }

    public static AwsCredentials Credentials { get; } = new(AccessKeyId, SecretAccessKey, SessionToken);

    public WireMockServer Server { get; }

    public FakeTimeProvider Time { get; }

    public LogCapture Logs { get; }

    public EksOptions Options { get; }

    public EksClusterProvider Provider { get; }

    public IReadOnlyList<ILogEntry> Received => [.. Server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime)];

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a JSON body.</summary>
    public void Answer(string method, string path, int status, string body, IDictionary<string, string>? headers = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("x-amzn-RequestId", $"req-{status}").WithBody(body);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    /// <summary>Answers the listed responses one after the other (the last one keeps answering).</summary>
    public void AnswerInTurn(string method, string path, params (int Status, string Body)[] answers)
    {
        var scenario = $"{method} {path}";
        for (var i = 0; i < answers.Length; i++)
        {
            var request = Request.Create().WithPath(path).UsingMethod(method);
            var builder = Server.Given(request).InScenario(scenario);
            if (i > 0)
            {
                builder = builder.WhenStateIs($"step{i}");
            }

            if (i < answers.Length - 1)
            {
                builder = builder.WillSetStateTo($"step{i + 1}");
            }

            builder.RespondWith(Response.Create().WithStatusCode(answers[i].Status).WithHeader("Content-Type", "application/json").WithBody(answers[i].Body));
        }
    }

    /// <summary>Runs a call while moving the fake clock on, so retry back-offs and wait intervals elapse.</summary>
    public async Task<T> DriveAsync<T>(Func<Task<T>> call, TimeSpan? step = null)
    {
        var task = call();
        while (!task.IsCompleted)
        {
            Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(task, Task.Delay(5));
        }

        return await task;
    }

    /// <summary>Asserts the request is validly signed and returns its JSON body (or default for none).</summary>
    public static JsonElement Body(ILogEntry entry) =>
        string.IsNullOrEmpty(entry.RequestMessage!.Body) ? default : JsonDocument.Parse(entry.RequestMessage.Body).RootElement.Clone();

    public void Dispose()
    {
        _loggerFactory.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
