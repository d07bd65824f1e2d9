using System.Globalization;
using System.Text.Json;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// Reads LakeSail error bodies, <c>{ "error": { code, message, errorType, details { retryable, retryAfter,
/// fieldErrors, requestId, causedBy } } }</c> (the Operation's error object; the HTTP form is an
/// <c>x-assumption</c> of the spec). <c>retryable</c> is the server's word on retrying; <c>retryAfter</c>
/// is read as seconds. The same mapping turns a failed operation's error into a <see cref="CloudError"/>.
/// </summary>
internal sealed class LakeSailErrorParser(TimeProvider? timeProvider = null) : ProviderErrorParser(LakeSailConnectionProvider.ProviderName, timeProvider)
{
    /// <inheritdoc />
    protected override CloudError ParseBody(JsonElement root, CloudError baseline)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return baseline;
        }

        // Tolerate a bare error object too: the HTTP error shape is not documented publicly.
        var error = root.TryGetProperty("error", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object ? wrapped : root;
        var details = error.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        return Apply(
            baseline,
            new Facts(
                GetString(error, "code"),
                GetString(error, "message"),
                GetString(error, "errorType"),
                ReadBool(details, "retryable"),
                ReadSeconds(details, "retryAfter"),
                ReadFieldErrors(details),
                GetString(details, "requestId"),
                GetString(details, "causedBy")),
            appendCause: true);
    }

    /// <summary>A failed operation's error as a <see cref="CloudError"/> (status 0: no HTTP response failed).</summary>
    internal static CloudError FromOperationError(LakeSailOperationError? error, string? rawStatus)
    {
        var baseline = new CloudError
        {
            Provider = LakeSailConnectionProvider.ProviderName,
            StatusCode = 0,
            ErrorCode = "OperationFailed",
            Message = $"The operation ended as '{rawStatus}'",

            // Status 0 reads as transient to CloudError; for background work only the platform's word counts.
            RetryableHint = false,
        };
        if (error is null)
        {
            return baseline;
        }

        var details = error.Details;
        var fields = details?.FieldErrors.Select(f => new FieldError(f.Key, string.IsNullOrWhiteSpace(f.Value) ? "is not valid" : f.Value)).ToList() ?? [];
        return Apply(
            baseline,
            new Facts(error.Code, error.Message, error.ErrorType, details?.Retryable, details?.RetryAfter, fields, details?.RequestId, details?.CausedBy),
            appendCause: false);
    }

    private static CloudError Apply(CloudError baseline, Facts facts, bool appendCause)
    {
        var message = string.IsNullOrWhiteSpace(facts.Message) ? baseline.Message : facts.Message;
        if (appendCause && !string.IsNullOrWhiteSpace(facts.CausedBy))
        {
            message += $" (caused by: {facts.CausedBy})";
        }

        return baseline with
        {
            ErrorCode = facts.Code ?? facts.ErrorType ?? baseline.ErrorCode,
            ErrorType = facts.ErrorType,
            CausedBy = facts.CausedBy,
            Message = message,
            RequestId = string.IsNullOrWhiteSpace(facts.RequestId) ? baseline.RequestId : facts.RequestId,
            FieldErrors = facts.FieldErrors.Count > 0 ? facts.FieldErrors : baseline.FieldErrors,
            RetryableHint = facts.Retryable ?? baseline.RetryableHint,
            RetryAfter = RetryAfterHint.FromSeconds(facts.RetryAfterSeconds) ?? baseline.RetryAfter,
            Kind = facts.FieldErrors.Count > 0 && baseline.Kind == CloudErrorKind.Other ? CloudErrorKind.Validation : baseline.Kind,
        };
    }

    private static bool? ReadBool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            }
            : null;

    private static double? ReadSeconds(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var seconds) => seconds,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => seconds,
            _ => null,
        };
    }

    private static List<FieldError> ReadFieldErrors(JsonElement details)
    {
        var fields = new List<FieldError>();
        if (details.ValueKind != JsonValueKind.Object || !details.TryGetProperty("fieldErrors", out var map) || map.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (var field in map.EnumerateObject())
        {
            var message = field.Value.ValueKind switch
            {
                JsonValueKind.String => field.Value.GetString(),
                JsonValueKind.Array => string.Join("; ", field.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())),
                _ => null,
            };
            fields.Add(new FieldError(field.Name, string.IsNullOrWhiteSpace(message) ? "is not valid" : message));
        }

        return fields;
    }

    private sealed record Facts(
        string? Code,
        string? Message,
        string? ErrorType,
        bool? Retryable,
        double? RetryAfterSeconds,
        IReadOnlyList<FieldError> FieldErrors,
        string? RequestId,
        string? CausedBy);
}
