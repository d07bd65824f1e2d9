namespace MultiCloudClusters.Emulator.Faults;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answer 429 with a <c>Retry-After</c> header (and, for LakeSail, <c>retryable</c>/<c>retryAfter</c> in the body).</summary>
    TooManyRequests,

    /// <summary>Answer 500 with the provider's error body.</summary>
    InternalServerError,

    /// <summary>Answer 503 with a <c>Retry-After</c> header and the provider's error body.</summary>
    ServiceUnavailable,

    /// <summary>Wait <see cref="FaultRule.Delay"/> (real time) before handling the request normally.</summary>
    SlowResponse,

    /// <summary>Abort the connection without an answer; the client sees an <c>HttpRequestException</c>.</summary>
    DropConnection,
}
