namespace MultiCloudClusters.Http;

/// <summary>Keys of <see cref="HttpRequestMessage.Options"/> the handlers share.</summary>
internal static class RequestOptionKeys
{
    /// <summary>Set to true on a request that may be sent again safely (it carries an idempotency token, or only reads).</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("MultiCloudClusters.Idempotent");

    /// <summary>Attempts made for the call (set by the resilience handler, read by telemetry).</summary>
    internal static readonly HttpRequestOptionsKey<int> Attempts = new("MultiCloudClusters.Attempts");
}
