using System.Diagnostics;
using MultiCloudClusters.Emulator.Faults;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>What every provider's handlers share: options, clock, faults and counters.</summary>
internal sealed class EmulatorContext(EmulatorOptions options)
{
    private readonly long started = Stopwatch.GetTimestamp();

    public EmulatorOptions Options { get; } = options;

    public TimeProvider Time { get; } = options.TimeProvider ?? TimeProvider.System;

    public FaultInjector Faults { get; } = new(options.FaultSeed, options.Faults);

    public EmulatorCounters Counters { get; } = new();

    public TimeSpan Step => Options.TransitionDuration;

    public DateTimeOffset Now => Time.GetUtcNow();

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(started);

    /// <summary>The public base address, set once Kestrel has bound its port.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1/");

    public static string NewRequestId() => Guid.NewGuid().ToString();

    /// <summary>The page size a caller asked for, or the default.</summary>
    public int PageSize(int? requested) => requested is > 0 ? requested.Value : Options.DefaultPageSize;
}
