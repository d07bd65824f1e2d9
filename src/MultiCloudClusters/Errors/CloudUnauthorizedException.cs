namespace MultiCloudClusters.Errors;

/// <summary>The credentials are missing, wrong, or lack permission.</summary>
public sealed class CloudUnauthorizedException : CloudApiException
{
    /// <summary>Creates the exception.</summary>
    public CloudUnauthorizedException(CloudError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
