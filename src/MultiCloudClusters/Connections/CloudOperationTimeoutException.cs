using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Connections;

/// <summary>A wait for an operation ran out of time before the operation finished; the work may still complete.</summary>
public sealed class CloudOperationTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public CloudOperationTimeoutException(CloudOperation operation, TimeSpan timeout)
        : base($"{operation?.Provider} operation {ServerText.CleanShort(operation?.Id)} did not finish within {timeout}; it is {operation?.Status} ('{ServerText.CleanShort(operation?.RawStatus)}'). Wait again or rehydrate it later by its id.")
    {
        ArgumentNullException.ThrowIfNull(operation);
        Operation = operation;
        Timeout = timeout;
    }

    /// <summary>The operation as last seen.</summary>
    public CloudOperation Operation { get; }

    /// <summary>How long the wait lasted.</summary>
    public TimeSpan Timeout { get; }
}
