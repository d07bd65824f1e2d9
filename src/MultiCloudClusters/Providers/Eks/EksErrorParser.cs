using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Reads AWS rest-json errors in botocore's order: the type from the <c>x-amzn-ErrorType</c> header, else the
/// body's <c>code</c> (or <c>Code</c>), else its <c>__type</c>; from each, anything after <c>:</c> and a
/// <c>namespace#</c> prefix are dropped. The message comes from <c>message</c> or <c>Message</c>. The type decides
/// the kind and, for throttling and transient types, that the call may be retried.
/// </summary>
internal sealed class EksErrorParser : ProviderErrorParser
{
    /// <summary>The header that names the error type.</summary>
    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    /// <summary>Error types that mean "slow down": retried (the request was refused unprocessed) and surfaced as throttling.</summary>
    public static IReadOnlySet<string> ThrottlingTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "TooManyRequestsException", "RequestLimitExceeded",
        "RequestThrottled", "RequestThrottledException", "SlowDown", "ProvisionedThroughputExceededException",
        "BandwidthLimitExceeded", "TransactionInProgressException", "EC2ThrottledException", "PriorRequestNotComplete",
    };

    /// <summary>Error types a later identical call may get past, whatever the status says.</summary>
    public static IReadOnlySet<string> TransientTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ResourcePropagationDelayException", "RequestTimeout", "RequestTimeoutException",
    };

    private static readonly Dictionary<string, CloudErrorKind> Kinds = new(StringComparer.Ordinal)
    {
        ["ResourceNotFoundException"] = CloudErrorKind.NotFound,
        ["NotFoundException"] = CloudErrorKind.NotFound,
        ["ResourceInUseException"] = CloudErrorKind.Conflict,
        ["InvalidParameterException"] = CloudErrorKind.Validation,
        ["InvalidRequestException"] = CloudErrorKind.Validation,
        ["ValidationException"] = CloudErrorKind.Validation,
        ["AccessDeniedException"] = CloudErrorKind.Unauthorized,
        ["UnrecognizedClientException"] = CloudErrorKind.Unauthorized,
        ["InvalidSignatureException"] = CloudErrorKind.Unauthorized,
        ["SignatureDoesNotMatch"] = CloudErrorKind.Unauthorized,
        ["IncompleteSignature"] = CloudErrorKind.Unauthorized,
        ["MissingAuthenticationToken"] = CloudErrorKind.Unauthorized,
        ["ExpiredTokenException"] = CloudErrorKind.Unauthorized,
        ["InvalidClientTokenId"] = CloudErrorKind.Unauthorized,
    };

    /// <summary>Creates the parser.</summary>
    /// <param name="timeProvider">The clock for <c>Retry-After</c> dates.</param>
    public EksErrorParser(TimeProvider? timeProvider = null)
        : base(EksClusterProvider.ProviderName, timeProvider)
    {
    }

    /// <inheritdoc />
    /// <remarks>The header form of the error type wins over the body's, also when the body is empty or not JSON.</remarks>
    protected override CloudError Refine(CloudError error, ErrorResponse response)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(response);
        var type = TypeFrom(response.Header(ErrorTypeHeader)) ?? error.ErrorCode;
        return Classify(error with { ErrorCode = type });
    }

    /// <summary>
    /// The bare error type of a header or body value, as botocore reads it: the text before the first <c>:</c>
    /// (<c>Type:http://internal.amazon.com/...</c>), then after a <c>namespace#</c> prefix (<c>com.amazonaws.eks#Type</c>).
    /// </summary>
    /// <param name="value">The header value or body member.</param>
    /// <returns>The type, or null when nothing is left.</returns>
    public static string? TypeFrom(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var type = colon < 0 ? value : value[..colon];
        type = type[(type.LastIndexOf('#') + 1)..].Trim();
        return type.Length == 0 ? null : type;
    }

    /// <inheritdoc />
    protected override CloudError ParseBody(JsonElement root, CloudError baseline)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return baseline;
        }

        // botocore (rest-json): the body's code, else Code, else __type; the header, read in Refine, wins over all.
        var type = TypeFrom(GetString(root, "code")) ?? TypeFrom(GetString(root, "Code")) ?? TypeFrom(GetString(root, "__type"));
        var message = GetString(root, "message") ?? GetString(root, "Message");
        return baseline with
        {
            ErrorCode = type ?? baseline.ErrorCode,
            Message = string.IsNullOrWhiteSpace(message) ? (type is null ? baseline.Message : $"{type} (HTTP {baseline.StatusCode})") : message,
        };
    }

    private static CloudError Classify(CloudError error)
    {
        if (error.ErrorCode is not { } type)
        {
            return error;
        }

        if (ThrottlingTypes.Contains(type))
        {
            return error with { Kind = CloudErrorKind.Throttled, RetryableHint = true };
        }

        if (TransientTypes.Contains(type))
        {
            // Not the caller's fault whatever the status (RequestTimeout comes as 400): a plain, retryable failure.
            return error with { Kind = CloudErrorKind.Other, RetryableHint = true };
        }

        return Kinds.TryGetValue(type, out var kind) ? error with { Kind = kind } : error;
    }
}
