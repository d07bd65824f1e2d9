using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Reads AWS rest-json errors: the type from the <c>x-amzn-ErrorType</c> header (anything after <c>:</c> dropped),
/// else the body's <c>__type</c> (a <c>namespace#</c> prefix dropped), else its <c>code</c>; the message from
/// <c>message</c> or <c>Message</c>. The type decides the kind and, for throttling and transient types, that the
/// call may be retried.
/// </summary>
public sealed class EksErrorParser : ProviderErrorParser
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
        var type = TypeFromHeader(response.Header(ErrorTypeHeader)) ?? error.ErrorCode;
        return Classify(error with { ErrorCode = type });
    }

    /// <summary>Removes what follows <c>:</c> in the header form (<c>Type:http://internal.amazon.com/...</c>).</summary>
    public static string? TypeFromHeader(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var type = (colon < 0 ? value : value[..colon]).Trim();
        return type.Length == 0 ? null : type;
    }

    /// <summary>Removes a <c>namespace#</c> prefix of the body form (<c>com.amazonaws.eks#Type</c>).</summary>
    public static string? TypeFromBody(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var type = value[(value.LastIndexOf('#') + 1)..];
        var colon = type.IndexOf(':', StringComparison.Ordinal);
        type = (colon < 0 ? type : type[..colon]).Trim();
        return type.Length == 0 ? null : type;
    }

    /// <inheritdoc />
    protected override CloudError ParseBody(JsonElement root, CloudError baseline)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return baseline;
        }

        var type = TypeFromBody(GetString(root, "__type")) ?? TypeFromBody(GetString(root, "code")) ?? TypeFromBody(GetString(root, "Code"));
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
