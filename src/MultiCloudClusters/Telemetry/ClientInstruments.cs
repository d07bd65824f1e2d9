using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MultiCloudClusters.Telemetry;

/// <summary>
/// The library's instruments. With dependency injection they come from the container's <see cref="IMeterFactory"/>
/// (so a host can isolate and dispose them); without it, from one static meter.
/// </summary>
internal sealed class ClientInstruments
{
    /// <summary>One span per provider call (all attempts included); there is no factory for activity sources.</summary>
    public static readonly ActivitySource ActivitySource = new(ClientTelemetry.Name, Version);

    // The bucket boundaries OpenTelemetry recommends for http.client.request.duration, in seconds.
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private static readonly Lazy<ClientInstruments> Static = new(() => new ClientInstruments(new Meter(ClientTelemetry.Name, Version)));

    private ClientInstruments(Meter meter)
    {
        RequestDuration = meter.CreateHistogram(
            ClientTelemetry.RequestDurationMetric,
            "s",
            "Duration of provider calls, retries included",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        Retries = meter.CreateCounter<long>(ClientTelemetry.RetriesMetric, "{retry}", "Attempts repeated after a failure");
    }

    /// <summary>Call durations in seconds.</summary>
    public Histogram<double> RequestDuration { get; }

    /// <summary>Retries made.</summary>
    public Counter<long> Retries { get; }

    private static string? Version => typeof(ClientInstruments).Assembly.GetName().Version?.ToString();

    /// <summary>The instruments of <paramref name="meterFactory"/> when there is one, else the static ones.</summary>
    public static ClientInstruments For(IMeterFactory? meterFactory) =>
        meterFactory is null ? Static.Value : new ClientInstruments(meterFactory.Create(new MeterOptions(ClientTelemetry.Name) { Version = Version }));
}
