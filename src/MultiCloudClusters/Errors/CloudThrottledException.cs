namespace MultiCloudClusters.Errors;

/// <summary>The provider is rate limiting the caller; see RetryAfter.</summary>
public sealed class CloudThrottledException : CloudApiException
{
    /// <summary>Creates the exception.</summary>
    public CloudThrottledException(CloudError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
