using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Telemetry;

namespace MultiCloudClusters.Tests.Load;

/// <summary>Every log line (Trace and up, with its state and exception) and every span of the library, as text.</summary>
internal sealed class TelemetryCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> logs = new();
    private readonly ConcurrentQueue<string> spans = new();
    private readonly ActivityListener listener;

    public TelemetryCapture()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ClientTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => spans.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(listener);
    }

    public IReadOnlyCollection<string> Logs => logs;

    public IReadOnlyCollection<string> Spans => spans;

    public int LogCount => logs.Count;

    public int SpanCount => spans.Count;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => listener.Dispose();

    private static string Describe(Activity activity)
    {
        var parts = new List<string> { activity.DisplayName, activity.OperationName, activity.StatusDescription ?? string.Empty };
        parts.AddRange(activity.TagObjects.Select(t => $"{t.Key}={Convert.ToString(t.Value, CultureInfo.InvariantCulture)}"));
        parts.AddRange(activity.Baggage.Select(b => $"{b.Key}={b.Value}"));
        foreach (var e in activity.Events)
        {
            parts.Add(e.Name);
            parts.AddRange(e.Tags.Select(t => $"{t.Key}={Convert.ToString(t.Value, CultureInfo.InvariantCulture)}"));
        }

        return string.Join(" | ", parts);
    }

    private sealed class Logger(TelemetryCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner.logs.Enqueue($"[scope {category}] {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = $"[{logLevel} {category} {eventId.Id}] {formatter(state, exception)}";
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                text += " {" + string.Join(", ", pairs.Select(p => $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}")) + "}";
            }

            if (exception is not null)
            {
                text += " " + exception;
            }

            owner.logs.Enqueue(text);
        }
    }
}
