using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Reads Imply error bodies, <c>{ "error": { "code", "message", "details": [ { "code", "target", "message" } ] } }</c>:
/// each detail becomes a <see cref="FieldError"/> named by its <c>target</c>. <c>StateConflict</c> (the
/// cluster is busy with another update) is a conflict whatever the status, and never retried blindly:
/// the same call only succeeds once the running update has finished.
/// </summary>
internal sealed class ImplyErrorParser(TimeProvider? timeProvider = null) : ProviderErrorParser(ImplyClusterProvider.ProviderName, timeProvider)
{
    /// <summary>The code Imply sends while a cluster is busy or cannot move to the requested state.</summary>
    public const string StateConflict = "StateConflict";

    /// <inheritdoc />
    protected override CloudError ParseBody(JsonElement root, CloudError baseline)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error))
        {
            // Gateways in front of the API may answer with a bare { "message": … }.
            return baseline with { Message = GetString(root, "message") ?? baseline.Message };
        }

        if (error.ValueKind == JsonValueKind.String)
        {
            return baseline with { Message = error.GetString() ?? baseline.Message };
        }

        var code = GetString(error, "code");
        var fields = ReadDetails(error).ToList();
        var kind = baseline.Kind;
        if (string.Equals(code, StateConflict, StringComparison.OrdinalIgnoreCase))
        {
            kind = CloudErrorKind.Conflict;
        }
        else if (fields.Count > 0 && kind == CloudErrorKind.Other)
        {
            kind = CloudErrorKind.Validation;
        }

        return baseline with
        {
            ErrorCode = code,
            Message = GetString(error, "message") ?? code ?? baseline.Message,
            FieldErrors = fields,
            Kind = kind,
            RetryableHint = kind == CloudErrorKind.Conflict ? false : baseline.RetryableHint,
        };
    }

    private static IEnumerable<FieldError> ReadDetails(JsonElement error)
    {
        if (!error.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var detail in details.EnumerateArray())
        {
            if (detail.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var code = GetString(detail, "code");
            yield return new FieldError(GetString(detail, "target") ?? "request", GetString(detail, "message") ?? code ?? "is not valid", code);
        }
    }
}
