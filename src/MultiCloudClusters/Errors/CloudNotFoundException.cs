namespace MultiCloudClusters.Errors;

/// <summary>The resource does not exist.</summary>
public sealed class CloudNotFoundException : CloudApiException
{
    /// <summary>Creates the exception.</summary>
    public CloudNotFoundException(CloudError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
