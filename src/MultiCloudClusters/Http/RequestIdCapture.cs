namespace MultiCloudClusters.Http;

/// <summary>
/// Carries the request id of a successful answer up to the hand-written method that made the call. The method
/// starts a capture before it calls (<see cref="Start"/>); the capture flows down with the async context to the
/// handler chain, where the telemetry handler records the id from the final answer's headers and
/// <see cref="ProviderCall"/> the id of a body envelope (OKS <c>ResponseContext</c>), which wins over a header.
/// The method then stamps its results (<see cref="Stamp{T}"/>). One capture follows one logical call: when a method
/// makes several requests, the last answer's id is the one kept.
/// </summary>
/// <remarks>
/// The capture is an object held by an <see cref="AsyncLocal{T}"/>: the handler writes into the object the caller
/// holds, so nothing has to flow back up the async context. Concurrent calls each start their own.
/// </remarks>
internal sealed class RequestIdCapture : IDisposable
{
    private static readonly AsyncLocal<RequestIdCapture?> Active = new();
    private readonly RequestIdCapture? _outer;

    private RequestIdCapture(RequestIdCapture? outer) => _outer = outer;

    /// <summary>The id of the last answer recorded (cleaned), or null when it carried none.</summary>
    public string? RequestId { get; private set; }

    /// <summary>Starts a capture for the calls that follow in this async context; dispose it when done.</summary>
    public static RequestIdCapture Start() => Active.Value = new RequestIdCapture(Active.Value);

    /// <summary>Records the id of an answer's headers (null when it had none): a new answer replaces what an earlier one said.</summary>
    public static void RecordHeader(string? requestId)
    {
        if (Active.Value is { } capture)
        {
            capture.RequestId = RequestIdHeaders.Clean(requestId);
        }
    }

    /// <summary>Records the id an answer's body carries; it wins over the header of the same answer, and a blank one changes nothing.</summary>
    public static void RecordBody(string? requestId)
    {
        if (Active.Value is { } capture && RequestIdHeaders.Clean(requestId) is { } clean)
        {
            capture.RequestId = clean;
        }
    }

    /// <summary>Puts the captured id on <paramref name="result"/> (and on the provider's own object it carries).</summary>
    public T Stamp<T>(T result)
        where T : ProviderResult
    {
        result.SetRequestId(RequestId);
        return result;
    }

    /// <summary>Puts the captured id on every one of <paramref name="results"/> (a list or page from one answer).</summary>
    public IReadOnlyList<T> StampAll<T>(IReadOnlyList<T> results)
        where T : ProviderResult
    {
        foreach (var result in results)
        {
            result.SetRequestId(RequestId);
        }

        return results;
    }

    /// <summary>Ends the capture: the calls that follow record into the capture that was active before, if any.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(Active.Value, this))
        {
            Active.Value = _outer;
        }
    }
}
