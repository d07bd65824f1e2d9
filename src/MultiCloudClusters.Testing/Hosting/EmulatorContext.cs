using System.Diagnostics;
using MultiCloudClusters.Emulator.Faults;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>What every provider's handlers share: options, clock, faults and counters.</summary>
internal sealed class EmulatorContext(EmulatorOptions options)
{
    private static readonly AsyncLocal<string?> CurrentRequestId = new();
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly Dictionary<string, IProviderDialect> dialects = new(StringComparer.Ordinal);

    public EmulatorOptions Options { get; } = options;

    public TimeProvider Time { get; } = options.TimeProvider ?? TimeProvider.System;

    public FaultInjector Faults { get; } = new(options.FaultSeed, options.Faults);

    public EmulatorCounters Counters { get; } = new();

    /// <summary>The emulated clusters' Kubernetes API servers and the CA behind their certificates.</summary>
    public Kubernetes.KubeApiServers Kubernetes { get; } = new(options.TimeProvider ?? TimeProvider.System);

    public TimeSpan Step => Options.TransitionDuration;

    public DateTimeOffset Now => Time.GetUtcNow();

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(started);

    /// <summary>The public base address, set once Kestrel has bound its port.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1/");

    /// <summary>The id of the request being answered (the one its response header carries), or a fresh one outside a request.</summary>
    public static string RequestId() => CurrentRequestId.Value ?? Guid.NewGuid().ToString();

    /// <summary>Gives the request that starts on this flow its id; every body that carries a request id uses it.</summary>
    public static string BeginRequest() => CurrentRequestId.Value = Guid.NewGuid().ToString();

    /// <summary>The page size a caller asked for, else the emulator option, else the provider's own default.</summary>
    public int PageSize(int? requested, int providerDefault) => requested is > 0 ? requested.Value : Options.DefaultPageSize ?? providerDefault;

    /// <summary>Registers the dialect that answers for every path under <paramref name="prefix"/>'s first segment (for example <c>/oks</c>).</summary>
    public void AddDialect(string prefix, IProviderDialect dialect) => dialects[FirstSegment(prefix)] = dialect;

    /// <summary>The dialect of the provider whose paths <paramref name="path"/> is under, if any.</summary>
    public IProviderDialect? DialectFor(string path) => dialects.GetValueOrDefault(FirstSegment(path));

    private static string FirstSegment(string path)
    {
        var trimmed = path.TrimStart('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return (slash < 0 ? trimmed : trimmed[..slash]).ToLowerInvariant();
    }
}
