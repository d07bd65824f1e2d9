namespace MultiCloudClusters.Errors;

/// <summary>The resource is busy or in a state that conflicts with the call (for example one update at a time).</summary>
public sealed class CloudConflictException : CloudApiException
{
    /// <summary>Creates the exception.</summary>
    public CloudConflictException(CloudError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
