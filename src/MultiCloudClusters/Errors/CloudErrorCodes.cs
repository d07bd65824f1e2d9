namespace MultiCloudClusters.Errors;

/// <summary>
/// The error codes the library itself gives (<see cref="CloudApiException.ErrorCode"/>) to failures that are not a
/// provider's error body: a call without a usable answer, a wait, a listing, a decryption. Codes from a provider's
/// body are the provider's own and are not listed here.
/// </summary>
public static class CloudErrorCodes
{
    /// <summary>A wait (for a cluster status or an operation) ran out of time; the work may still finish.</summary>
    public const string WaitTimeout = "WaitTimeout";

    /// <summary>A wait for a cluster status ended because the cluster failed or was deleted.</summary>
    public const string WaitFailed = "WaitFailed";

    /// <summary>The server returned the token of an earlier page again: the listing would loop forever.</summary>
    public const string PagingLoop = "PagingLoop";

    /// <summary>Too many empty pages in a row, each announcing a further page: the listing makes no progress.</summary>
    public const string PagingNoProgress = "PagingNoProgress";

    /// <summary>The listing reached its page limit and the server still announced a further page.</summary>
    public const string PagingLimit = "PagingLimit";

    /// <summary>A continuation token given to <c>AsPages</c> that this list cannot resume from.</summary>
    public const string InvalidContinuationToken = "InvalidContinuationToken";

    /// <summary>A sealed box (a kubeconfig or another sealed secret) could not be opened.</summary>
    public const string DecryptionFailed = "DecryptionFailed";

    /// <summary>A background operation failed without saying why.</summary>
    public const string OperationFailed = "OperationFailed";

    /// <summary>A background operation was cancelled without saying why.</summary>
    public const string OperationCancelled = "OperationCancelled";

    /// <summary>A call or an attempt timed out (status 0).</summary>
    public const string Timeout = "Timeout";

    /// <summary>Calls are suspended after repeated failures: the circuit breaker is open (status 0).</summary>
    public const string CircuitOpen = "CircuitOpen";

    /// <summary>A response the API does not describe, or that lacks a member the API promises.</summary>
    public const string MalformedResponse = "MalformedResponse";

    /// <summary>A redirect (never followed), or an answer from another host than the endpoint.</summary>
    public const string Redirect = "Redirect";
}
