using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MultiCloudClusters.Telemetry;

/// <summary>The library's tracing source and metrics, both named <c>MultiCloudClusters</c>.</summary>
public static class ClientTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "MultiCloudClusters";

    /// <summary>One span per provider call (all attempts included).</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    /// <summary>The library's meter.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Retries made, tagged with provider and status (0 when no response came).</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>("multicloudclusters.http.retries", "{retry}", "Attempts repeated after a failure");

    /// <summary>Call durations in seconds, tagged with provider, method and status.</summary>
    public static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>("multicloudclusters.http.call.duration", "s", "Duration of provider calls, retries included");
}
