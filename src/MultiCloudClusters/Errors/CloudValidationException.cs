namespace MultiCloudClusters.Errors;

/// <summary>The request was invalid; see FieldErrors.</summary>
public sealed class CloudValidationException : CloudApiException
{
    /// <summary>Creates the exception.</summary>
    public CloudValidationException(CloudError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
