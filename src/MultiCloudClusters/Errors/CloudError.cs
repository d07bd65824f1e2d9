using System.Text;

namespace MultiCloudClusters.Errors;

/// <summary>
/// A provider's error, parsed into the shape every provider shares. Every text member is cleaned as it is
/// set (control characters such as CR, LF and ESC shown escaped, length capped), so server text reaches
/// messages and logs only in that form; <see cref="RawBody"/> keeps the body as it came, and is left out
/// of <see cref="ToString"/>.
/// </summary>
public sealed record CloudError
{
    /// <summary>The provider key, e.g. <c>oks</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>The HTTP status, or 0 when no response came.</summary>
    public int StatusCode { get; init; }

    /// <summary>The provider's error code (cleaned, at most 256 characters).</summary>
    public string? ErrorCode { get; init => field = ServerText.CleanShort(value); }

    /// <summary>The provider's category of the error (LakeSail <c>errorType</c>), when it gave one (cleaned, at most 256 characters).</summary>
    public string? ErrorType { get; init => field = ServerText.CleanShort(value); }

    /// <summary>The underlying cause (LakeSail <c>causedBy</c>), when the provider said (cleaned, at most 1,024 characters).</summary>
    public string? CausedBy { get; init => field = ServerText.Clean(value); }

    /// <summary>A human-readable message without secrets (cleaned, at most 1,024 characters).</summary>
    public required string Message { get; init => field = ServerText.Clean(value) ?? string.Empty; }

    /// <summary>The provider's request id (cleaned, at most 256 characters).</summary>
    public string? RequestId { get; init => field = ServerText.CleanShort(value); }

    /// <summary>Fields the server rejected (each cleaned).</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; init => field = value is null ? [] : [.. value.Select(ServerText.CleanFieldError)]; } = [];

    /// <summary>
    /// The error body exactly as the server sent it (its first 64 KiB), for code that needs more than the
    /// members above; null when the error did not come from a response body. It may hold anything the
    /// server chose to send: it is never part of a message, a log or <see cref="ToString"/>.
    /// </summary>
    public string? RawBody { get; init; }

    /// <summary>Whether trying again later may succeed: the server's own word when it gave one, else the status decides.</summary>
    public bool IsRetryable => RetryableHint ?? IsTransientStatus(StatusCode);

    /// <summary>What the server said explicitly about retrying (LakeSail <c>retryable</c>), or null when it said nothing.</summary>
    public bool? RetryableHint { get; init; }

    /// <summary>The wait the server asked for, when it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The class of failure; by default derived from <see cref="StatusCode"/>.</summary>
    public CloudErrorKind Kind { get; init; } = CloudErrorKind.Other;

    /// <summary>The kind a status code implies.</summary>
    public static CloudErrorKind KindOf(int statusCode) => statusCode switch
    {
        400 or 422 => CloudErrorKind.Validation,
        401 or 403 => CloudErrorKind.Unauthorized,
        404 => CloudErrorKind.NotFound,
        409 or 423 => CloudErrorKind.Conflict,
        429 => CloudErrorKind.Throttled,
        _ => CloudErrorKind.Other,
    };

    /// <summary>Prints every member except <see cref="RawBody"/>, which is only described by its length.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Provider = ").Append(Provider)
            .Append(", StatusCode = ").Append(StatusCode)
            .Append(", ErrorCode = ").Append(ErrorCode)
            .Append(", ErrorType = ").Append(ErrorType)
            .Append(", CausedBy = ").Append(CausedBy)
            .Append(", Message = ").Append(Message)
            .Append(", RequestId = ").Append(RequestId)
            .Append(", FieldErrors = [").AppendJoin(", ", FieldErrors).Append(']')
            .Append(", IsRetryable = ").Append(IsRetryable)
            .Append(", RetryableHint = ").Append(RetryableHint)
            .Append(", RetryAfter = ").Append(RetryAfter)
            .Append(", Kind = ").Append(Kind)
            .Append(", RawBody = ").Append(RawBody is null ? "none" : $"{RawBody.Length} characters, not shown");
        return true;
    }

    /// <summary>Whether a status is one a later identical call may get past.</summary>
    public static bool IsTransientStatus(int statusCode) => statusCode is 0 or 408 or 423 or 429 or (>= 500 and not 501);
}
