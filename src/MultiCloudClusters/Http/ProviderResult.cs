namespace MultiCloudClusters.Http;

/// <summary>
/// The base of every object a provider call returns (the unified <c>ClusterInfo</c>, <c>CloudConnection</c>,
/// <c>CloudOperation</c>… and the providers' own models): it carries the id the provider gave the request that
/// produced it, to quote to the provider's support.
/// </summary>
public abstract class ProviderResult
{
    private string? _requestId;

    /// <summary>Creates the base (for the library's result types and for test doubles).</summary>
    protected ProviderResult()
    {
    }

    /// <summary>
    /// The provider's id of the request that produced this object, when the answer carried one: EKS
    /// <c>x-amzn-RequestId</c>, OKS <c>ResponseContext.RequestId</c> in the body, otherwise an <c>x-request-id</c>,
    /// <c>x-amz-request-id</c> or <c>x-correlation-id</c> header; null when it carried none. Cleaned like other
    /// server text (control characters escaped, at most 256 characters). The items of a list or page share the id of
    /// the answer they came in; an object refreshed in place (<c>CloudOperation.UpdateStatusAsync</c>) takes the id
    /// of the latest answer.
    /// </summary>
    public string? RequestId
    {
        get => _requestId;
        init => _requestId = RequestIdHeaders.Clean(value);
    }

    /// <summary>The provider's own object inside a unified one, made from the same answer (its <c>Native</c>); null by default.</summary>
    private protected virtual ProviderResult? Carried => null;

    /// <summary>Sets the request id after the object was built from the answer, on it and on what it carries.</summary>
    internal void SetRequestId(string? requestId)
    {
        _requestId = RequestIdHeaders.Clean(requestId);
        Carried?.SetRequestId(requestId);
    }
}
