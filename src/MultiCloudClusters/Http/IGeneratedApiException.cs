namespace MultiCloudClusters.Http;

/// <summary>
/// What every NSwag-generated exception has in common (each provider's partial class adds this
/// interface), so one place can turn them into <see cref="Errors.CloudApiException"/>.
/// </summary>
internal interface IGeneratedApiException
{
    /// <summary>The HTTP status of the unexpected or unreadable response.</summary>
    int StatusCode { get; }
}
