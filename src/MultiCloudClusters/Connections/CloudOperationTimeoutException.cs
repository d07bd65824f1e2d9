using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Connections;

/// <summary>
/// A wait for an operation ran out of time before the operation finished; the work may still complete. A
/// <see cref="CloudApiException"/> with code <see cref="CloudErrorCodes.WaitTimeout"/> and status 0, retryable:
/// wait again, or rehydrate the operation later by its id.
/// </summary>
public sealed class CloudOperationTimeoutException : CloudApiException
{
    /// <summary>Creates the exception.</summary>
    public CloudOperationTimeoutException(CloudOperation operation, TimeSpan timeout)
        : this(operation ?? throw new ArgumentNullException(nameof(operation)), timeout, Describe(operation, timeout))
    {
    }

    private CloudOperationTimeoutException(CloudOperation operation, TimeSpan timeout, string message)
        : base(new CloudError { Provider = operation.Provider, ErrorCode = CloudErrorCodes.WaitTimeout, Message = message, RetryableHint = true }, message, innerException: null)
    {
        Operation = operation;
        Timeout = timeout;
    }

    /// <summary>The operation as last seen.</summary>
    public CloudOperation Operation { get; }

    /// <summary>How long the wait lasted.</summary>
    public TimeSpan Timeout { get; }

    private static string Describe(CloudOperation operation, TimeSpan timeout) =>
        $"{operation.Provider} operation {ServerText.CleanShort(operation.Id)} did not finish within {timeout}; it is {operation.Status} ('{ServerText.CleanShort(operation.RawStatus)}'). Wait again or rehydrate it later by its id.";
}
