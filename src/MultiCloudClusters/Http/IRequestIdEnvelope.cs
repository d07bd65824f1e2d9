namespace MultiCloudClusters.Http;

/// <summary>
/// A generated answer whose body carries the request id (OKS: <c>ResponseContext.RequestId</c>), so
/// <see cref="ProviderCall"/> records it without naming each type. Generated classes take it on through partial
/// declarations beside their provider.
/// </summary>
internal interface IRequestIdEnvelope
{
    /// <summary>The request id the body carries, or null.</summary>
    string? BodyRequestId { get; }
}
