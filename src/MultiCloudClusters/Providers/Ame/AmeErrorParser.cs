using System.Text.Json;
using System.Text.RegularExpressions;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// Reads AME error bodies, <c>{ "message": …, "details": [ "…" ] }</c>, and Spring's default
/// <c>{ "error": …, "message": …, "path": … }</c> that a gateway or an unmapped failure may send instead.
/// A detail written as <c>field: reason</c> becomes a <see cref="FieldError"/>; others join the message.
/// Any occurrence of the configured token, and anything shaped like a Kubernetes bootstrap token (what join
/// commands carry), is masked in the server's text, in case the server echoes one.
/// </summary>
internal sealed partial class AmeErrorParser : ProviderErrorParser
{
    private readonly string[] _secrets;

    /// <summary>Creates the parser; <paramref name="secrets"/> are masked wherever the server's text repeats them.</summary>
    public AmeErrorParser(TimeProvider? timeProvider = null, IEnumerable<string>? secrets = null)
        : base(AmeClusterProvider.ProviderName, timeProvider)
    {
        _secrets = [.. (secrets ?? []).Where(s => !string.IsNullOrEmpty(s))];
    }

    /// <inheritdoc />
    protected override CloudError ParseBody(JsonElement root, CloudError baseline)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return baseline;
        }

        var message = Mask(GetString(root, "message"));
        var springError = GetString(root, "error");
        var fields = new List<FieldError>();
        var notes = new List<string>();
        if (root.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
        {
            foreach (var detail in details.EnumerateArray())
            {
                if (detail.ValueKind != JsonValueKind.String || Mask(detail.GetString()) is not { Length: > 0 } text)
                {
                    continue;
                }

                var match = FieldDetail().Match(text);
                if (match.Success)
                {
                    fields.Add(new FieldError(match.Groups["field"].Value, match.Groups["reason"].Value.Trim()));
                }
                else
                {
                    notes.Add(text);
                }
            }
        }

        var primary = string.IsNullOrWhiteSpace(message) ? Mask(springError) : message;
        var parts = new[] { primary }.Concat(notes).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return baseline with
        {
            // AME has no error codes; Spring's "error" is the status phrase, which is the nearest thing.
            ErrorCode = springError,
            Message = parts.Count > 0 ? string.Join("; ", parts) : fields.Count > 0 ? "The request was not valid" : baseline.Message,
            FieldErrors = fields,
        };
    }

    private string? Mask(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return BootstrapToken().Replace(text, "***");
    }

    [GeneratedRegex(@"\b[a-z0-9]{6}\.[a-z0-9]{16}\b")]
    private static partial Regex BootstrapToken();

    [GeneratedRegex(@"^(?<field>[A-Za-z_][A-Za-z0-9_.\[\]-]*)\s*:\s*(?<reason>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex FieldDetail();
}
