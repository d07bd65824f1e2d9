using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// Reads OKS error bodies: the <c>Errors</c> envelope (<c>Details</c> a string or a list of
/// <c>{loc, msg, type}</c>) and the older <c>HTTPValidationError</c> (<c>detail</c>).
/// </summary>
internal sealed class OksErrorParser(TimeProvider? timeProvider = null) : ProviderErrorParser(OksClusterProvider.ProviderName, timeProvider)
{
    /// <inheritdoc />
    protected override CloudError ParseBody(JsonElement root, CloudError baseline)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return baseline;
        }

        var requestId = root.TryGetProperty("ResponseContext", out var context) ? GetString(context, "RequestId") : null;
        if (root.TryGetProperty("Errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var fields = new List<FieldError>();
            var messages = new List<string>();
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("Details", out var details))
                {
                    continue;
                }

                if (details.ValueKind == JsonValueKind.String)
                {
                    messages.Add(details.GetString()!);
                }
                else
                {
                    fields.AddRange(ReadValidationItems(details));
                }
            }

            var type = GetString(first, "Type");
            return baseline with
            {
                ErrorCode = type ?? GetText(first, "Code"),
                Message = messages.Count > 0 ? string.Join("; ", messages) : fields.Count > 0 ? "The request was not valid" : type ?? baseline.Message,
                RequestId = requestId ?? baseline.RequestId,
                FieldErrors = fields,
                Kind = fields.Count > 0 && baseline.Kind == CloudErrorKind.Other ? CloudErrorKind.Validation : baseline.Kind,
            };
        }

        if (root.TryGetProperty("detail", out var detail))
        {
            if (detail.ValueKind == JsonValueKind.String)
            {
                return baseline with { Message = detail.GetString()!, RequestId = requestId ?? baseline.RequestId };
            }

            if (detail.ValueKind == JsonValueKind.Array)
            {
                var fields = ReadValidationItems(detail).ToList();
                return baseline with
                {
                    ErrorCode = "HTTPValidationError",
                    Message = "The request was not valid",
                    FieldErrors = fields,
                    RequestId = requestId ?? baseline.RequestId,
                    Kind = fields.Count > 0 && baseline.Kind == CloudErrorKind.Other ? CloudErrorKind.Validation : baseline.Kind,
                };
            }
        }

        return baseline with { RequestId = requestId ?? baseline.RequestId };
    }

    private static IEnumerable<FieldError> ReadValidationItems(JsonElement items)
    {
        if (items.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var location = item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array
                ? string.Join(".", loc.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText()))
                : "request";
            yield return new FieldError(location, GetString(item, "msg") ?? "is not valid", GetString(item, "type"));
        }
    }
}
