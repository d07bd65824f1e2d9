using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>
/// An in-test <see cref="ILoggerProvider"/> that keeps every log line at every level (Trace included):
/// the formatted message, each structured value and the exception text, so tests can search all of it.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    /// <summary>One captured log line.</summary>
    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Values, string? Exception)
    {
        /// <summary>Everything the line carries, as one searchable text.</summary>
        public string AllText => string.Join(" | ", new[] { Category, Message, Exception ?? string.Empty }.Concat(Values));
    }

    /// <summary>The lines captured so far.</summary>
    public IReadOnlyList<Entry> Entries => [.. _entries];

    /// <summary>All captured text, one line per entry.</summary>
    public string AllText => string.Join(Environment.NewLine, _entries.Select(e => e.AllText));

    /// <summary>A logger factory at Trace level that writes only here.</summary>
    public ILoggerFactory CreateFactory() => new LoggerFactory([this], new LoggerFilterOptions { MinLevel = LogLevel.Trace });

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToList()
                : [];
            entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
