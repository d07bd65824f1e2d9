using MultiCloudClusters.Emulator.Faults;

namespace MultiCloudClusters.Emulator;

/// <summary>One request the emulator received, as recorded by <see cref="EmulatorCounters"/>.</summary>
public sealed class RequestAttempt
{
    internal RequestAttempt(EmulatedProvider provider, string operation, string method, string path, DateTimeOffset at, TimeSpan elapsed)
    {
        Provider = provider;
        Operation = operation;
        Method = method;
        Path = path;
        At = at;
        Elapsed = elapsed;
    }

    /// <summary>The provider API it was sent to.</summary>
    public EmulatedProvider Provider { get; }

    /// <summary>The operation, named by the spec's operationId (for example <c>CreateCluster</c>).</summary>
    public string Operation { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The request path, without the query.</summary>
    public string Path { get; }

    /// <summary>When it arrived, by the emulator's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset At { get; }

    /// <summary>When it arrived, in real (monotonic) time since the emulator started; use it to check waits between retries.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The status answered; 0 when the connection was dropped.</summary>
    public int StatusCode { get; internal set; }

    /// <summary>The fault injected into this request, if any.</summary>
    public FaultKind? Fault { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{Elapsed.TotalMilliseconds:0}ms {Provider} {Operation} {Method} {Path} -> {StatusCode}{(Fault is { } f ? $" ({f})" : "")}";
}
