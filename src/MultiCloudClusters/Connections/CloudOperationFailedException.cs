using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Connections;

/// <summary>
/// An operation finished as failed or cancelled. <see cref="CloudApiException.Error"/> holds the
/// operation's error (code, message, field errors, request id, retry hints); the HTTP status is 0 because
/// the failure happened in the background, not in a response.
/// </summary>
public sealed class CloudOperationFailedException : CloudApiException
{
    /// <summary>Creates the exception for a finished, unsuccessful operation.</summary>
    public CloudOperationFailedException(CloudOperation operation)
        : base(ErrorOf(operation))
    {
        Operation = operation;
    }

    /// <summary>The failed operation; <see cref="CloudOperation.RetryAsync"/> starts it again when the platform allows.</summary>
    public CloudOperation Operation { get; }

    /// <summary>The platform's category of the error, when it gave one.</summary>
    public string? ErrorType => Operation.ErrorType;

    /// <summary>The underlying cause, when the platform gave one.</summary>
    public string? CausedBy => Operation.ErrorCause;

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var text = $"{Provider} operation {ServerText.CleanShort(Operation.Id)} ({ServerText.CleanShort(Operation.Kind) ?? "unknown kind"}) {(Operation.Status == CloudOperationStatus.Cancelled ? "was cancelled" : "failed")}: {ErrorMessage}";
            var facts = new List<string>();
            AddFact(facts, "code", ErrorCode);
            AddFact(facts, "type", ServerText.CleanShort(ErrorType));
            AddFact(facts, "caused by", ServerText.Clean(CausedBy));
            AddFact(facts, "request id", RequestId);
            if (IsRetryable)
            {
                facts.Add(RetryAfter is { } wait ? $"retryable after {wait.TotalSeconds:0.###} s" : "retryable");
            }

            text += facts.Count > 0 ? $" ({string.Join(", ", facts)})" : string.Empty;
            text += FieldErrors.Count > 0 ? " Fields: " + DescribeFields(FieldErrors) : string.Empty;
            return ServerText.Clean(text, ServerText.MaxMessageLength)!;
        }
    }

    private static void AddFact(List<string> facts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            facts.Add($"{name} {value}");
        }
    }

    private static CloudError ErrorOf(CloudOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);

        // A failed operation without an error object still needs one: never a silent success.
        return operation.Error ?? new CloudError
        {
            Provider = operation.Provider,
            ErrorCode = operation.Status == CloudOperationStatus.Cancelled ? CloudErrorCodes.OperationCancelled : CloudErrorCodes.OperationFailed,
            Message = $"The operation ended as '{ServerText.CleanShort(operation.RawStatus)}' without an error description",
            RetryableHint = false,
        };
    }
}
