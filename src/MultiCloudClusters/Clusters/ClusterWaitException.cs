using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Clusters;

/// <summary>
/// A wait for a cluster status ended without reaching it: it ran out of time (<see cref="CloudErrorCodes.WaitTimeout"/>,
/// retryable: waiting again may succeed) or the cluster failed or was deleted (<see cref="CloudErrorCodes.WaitFailed"/>,
/// not retryable). A <see cref="CloudApiException"/> with status 0 naming the provider.
/// </summary>
public sealed class ClusterWaitException : CloudApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">The provider key, e.g. <c>oks</c>.</param>
    /// <param name="code"><see cref="CloudErrorCodes.WaitTimeout"/> or <see cref="CloudErrorCodes.WaitFailed"/>.</param>
    /// <param name="message">What happened; cleaned like every message.</param>
    /// <param name="lastSeen">The cluster as last seen, if it was seen at all.</param>
    public ClusterWaitException(string provider, string code, string message, ClusterInfo? lastSeen)
        : base(
            new CloudError { Provider = provider, ErrorCode = code, Message = message, RetryableHint = code == CloudErrorCodes.WaitTimeout },
            message,
            innerException: null)
    {
        LastSeen = lastSeen;
    }

    /// <summary>The cluster as last seen, if it was seen at all.</summary>
    public ClusterInfo? LastSeen { get; }
}
