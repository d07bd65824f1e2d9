using MultiCloudClusters.Emulator.Faults;

namespace MultiCloudClusters.Emulator;

/// <summary>One request the emulator received, as recorded by <see cref="EmulatorCounters"/>.</summary>
public sealed class RequestAttempt
{
    /// <summary>The provider API it was sent to.</summary>
    public required EmulatedProvider Provider { get; init; }

    /// <summary>The operation, named by the spec's operationId (for example <c>CreateCluster</c>).</summary>
    public required string Operation { get; init; }

    /// <summary>The HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>The request path, without the query.</summary>
    public required string Path { get; init; }

    /// <summary>When it arrived, by the emulator's <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>When it arrived, in real (monotonic) time since the emulator started; use it to check waits between retries.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>The status answered; 0 when the connection was dropped.</summary>
    public int StatusCode { get; internal set; }

    /// <summary>The fault injected into this request, if any.</summary>
    public FaultKind? Fault { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{Elapsed.TotalMilliseconds:0}ms {Provider} {Operation} {Method} {Path} -> {StatusCode}{(Fault is { } f ? $" ({f})" : "")}";
}
