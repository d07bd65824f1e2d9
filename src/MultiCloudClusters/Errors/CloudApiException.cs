using System.Net;

namespace MultiCloudClusters.Errors;

/// <summary>
/// Every failure that came from a provider: an error the provider reported, a call that got no usable response,
/// a wait that ended without its status (<c>ClusterWaitException</c>, <c>CloudOperationTimeoutException</c>,
/// <c>CloudOperationFailedException</c>), a listing whose paging broke (<c>PagingException</c>) and a sealed secret
/// that could not be opened (<c>KubeconfigDecryptionException</c>). One <c>catch (CloudApiException)</c> catches
/// them all; <see cref="Provider"/> and <see cref="ErrorCode"/> (see <see cref="CloudErrorCodes"/>) say which.
/// Mistakes in the call itself stay the .NET types: <see cref="InvalidRequestException"/> (an
/// <see cref="ArgumentException"/>) and <see cref="NotSupportedException"/>, both thrown before anything is sent.
/// The message never contains a secret or a raw response body.
/// </summary>
public class CloudApiException : Exception
{
    /// <summary>Creates an exception from a parsed error.</summary>
    public CloudApiException(CloudError error, Exception? innerException = null)
        : base(Format(error), innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates an exception from an error, with a message of the subclass's own (cleaned like every message).</summary>
    /// <param name="error">The error: provider, code, retry hints.</param>
    /// <param name="message">The message; server text in it is cleaned and the whole cut at 4,096 characters.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected CloudApiException(CloudError error, string message, Exception? innerException)
        : base(ServerText.Clean(message, ServerText.MaxMessageLength), innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>The parsed error.</summary>
    public CloudError Error { get; }

    /// <summary>The provider key, e.g. <c>oks</c>.</summary>
    public string Provider => Error.Provider;

    /// <summary>The HTTP status, or 0 when no response came.</summary>
    public int StatusCode => Error.StatusCode;

    /// <summary>The provider's error code, when it gave one.</summary>
    public string? ErrorCode => Error.ErrorCode;

    /// <summary>The provider's message (or a description of what went wrong), without secrets.</summary>
    public string ErrorMessage => Error.Message;

    /// <summary>The provider's request id, for support tickets.</summary>
    public string? RequestId => Error.RequestId;

    /// <summary>Fields the server rejected.</summary>
    public IReadOnlyList<FieldError> FieldErrors => Error.FieldErrors;

    /// <summary>Whether trying the same call again later may succeed.</summary>
    public bool IsRetryable => Error.IsRetryable;

    /// <summary>How long the server asked us to wait before trying again, when it said.</summary>
    public TimeSpan? RetryAfter => Error.RetryAfter;

    /// <summary>The error body exactly as the server sent it (first 64 KiB), or null; never part of <see cref="Exception.Message"/>.</summary>
    public string? RawBody => Error.RawBody;

    /// <summary>The field errors as they appear in a message: at most the first 20, then how many more there are.</summary>
    protected static string DescribeFields(IReadOnlyList<FieldError> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        const int Shown = 20;
        var text = string.Join("; ", fields.Take(Shown).Select(f => $"{f.Field}: {f.Message}"));
        return fields.Count > Shown ? $"{text}; and {fields.Count - Shown} more" : text;
    }

    /// <summary>Builds the subclass that fits the error's status and code.</summary>
    public static CloudApiException FromError(CloudError error, Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            CloudErrorKind.NotFound => new CloudNotFoundException(error, innerException),
            CloudErrorKind.Conflict => new CloudConflictException(error, innerException),
            CloudErrorKind.Throttled => new CloudThrottledException(error, innerException),
            CloudErrorKind.Unauthorized => new CloudUnauthorizedException(error, innerException),
            CloudErrorKind.Validation => new CloudValidationException(error, innerException),
            _ => new CloudApiException(error, innerException),
        };
    }

    private static string Format(CloudError error)
    {
        var status = error.StatusCode == 0 ? "no response" : $"HTTP {error.StatusCode} {(HttpStatusCode)error.StatusCode}";
        var text = $"{error.Provider}: {error.Message} ({status}";
        if (error.ErrorCode is { Length: > 0 } code)
        {
            text += $", code {code}";
        }

        if (error.RequestId is { Length: > 0 } requestId)
        {
            text += $", request id {requestId}";
        }

        if (error.RetryAfter is { } wait)
        {
            text += $", retry after {wait.TotalSeconds:0.###} s";
        }

        text += ")";
        if (error.FieldErrors.Count > 0)
        {
            text += " Fields: " + DescribeFields(error.FieldErrors);
        }

        return ServerText.Clean(text, ServerText.MaxMessageLength)!;
    }
}
