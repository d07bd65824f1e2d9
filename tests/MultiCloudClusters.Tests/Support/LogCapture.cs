using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MultiCloudClusters.Tests;

/// <summary>
/// The one log capture of the test suite: keeps every line at Trace with its structured values and
/// exception text, so secret checks see everything a real log sink would.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    /// <summary>One captured log call.</summary>
    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Values, string? Exception)
    {
        /// <summary>Everything the entry holds, as one text.</summary>
        public string AllText => string.Join(" | ", new[] { Category, Message, Exception ?? string.Empty }.Concat(Values));

        /// <inheritdoc />
        public override string ToString() => $"{Level} {Category}: {Message} [{string.Join(", ", Values)}] {Exception}";
    }

    /// <summary>Every entry so far.</summary>
    public IReadOnlyList<Entry> Entries => [.. _entries];

    /// <summary>Every entry as one line of text (level, category, message, values, exception).</summary>
    public IReadOnlyList<string> Lines => [.. _entries.Select(e => e.ToString())];

    /// <summary>Everything captured, as one text.</summary>
    public string AllText => string.Join(Environment.NewLine, _entries.Select(e => e.AllText));

    /// <summary>Same as <see cref="AllText"/>.</summary>
    public string All => AllText;

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
