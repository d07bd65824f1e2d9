using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using MultiCloudClusters.Telemetry;

namespace MultiCloudClusters.Tests.Telemetry;

/// <summary>
/// The library's spans and measurements for one server port (tests run side by side, and the activity source and
/// the static meter are shared), with the meter each measurement came from.
/// </summary>
internal sealed class TelemetryCollector : IDisposable
{
    private readonly int _port;
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public TelemetryCollector(int port)
    {
        _port = port;
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ClientTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("server.port") is int p && p == _port)
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ClientTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
    }

    public IReadOnlyList<Activity> Spans => [.. _spans];

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
        if (copy.TryGetValue("server.port", out var p) && p is int port && port == _port)
        {
            _measurements.Enqueue(new Measurement(instrument, value, copy));
        }
    }

    /// <summary>One measurement: the instrument (with its meter), the value and the attributes.</summary>
    public sealed record Measurement(Instrument Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
