namespace MultiCloudClusters.Errors;

/// <summary>A provider's error, parsed into the shape every provider shares.</summary>
public sealed record CloudError
{
    /// <summary>The provider key, e.g. <c>oks</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>The HTTP status, or 0 when no response came.</summary>
    public int StatusCode { get; init; }

    /// <summary>The provider's error code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The provider's category of the error (LakeSail <c>errorType</c>), when it gave one.</summary>
    public string? ErrorType { get; init; }

    /// <summary>The underlying cause (LakeSail <c>causedBy</c>), when the provider said.</summary>
    public string? CausedBy { get; init; }

    /// <summary>A human-readable message without secrets.</summary>
    public required string Message { get; init; }

    /// <summary>The provider's request id.</summary>
    public string? RequestId { get; init; }

    /// <summary>Fields the server rejected.</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; init; } = [];

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

    /// <summary>Whether a status is one a later identical call may get past.</summary>
    public static bool IsTransientStatus(int statusCode) => statusCode is 0 or 408 or 423 or 429 or (>= 500 and not 501);
}
