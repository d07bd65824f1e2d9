using System.Text.Json;
using MultiCloudClusters.Http;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Errors;

/// <summary>
/// The shared part of every provider's error parser: status → kind, request id and <c>Retry-After</c>
/// headers, and a useful error when the body is empty or not JSON. Providers read only their body shape.
/// What the server wrote is cleaned as it enters the <see cref="CloudError"/>; the body as it came stays in
/// <see cref="CloudError.RawBody"/>.
/// </summary>
internal abstract class ProviderErrorParser : IProviderErrorParser
{
    private readonly TimeProvider _time;

    /// <summary>Creates the parser.</summary>
    protected ProviderErrorParser(string provider, TimeProvider? timeProvider = null)
    {
        Provider = provider;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Provider { get; }

    /// <inheritdoc />
    public CloudError Parse(ErrorResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headerHint = RetryAfterHint.FromHeader(response.HeaderValues("Retry-After"), _time.GetUtcNow());
        var baseline = new CloudError
        {
            Provider = Provider,
            StatusCode = response.StatusCode,
            Message = DescribeWithoutBody(response),
            RequestId = RequestIdHeaders.Read(response.Header),
            Kind = CloudError.KindOf(response.StatusCode),
            RetryAfter = headerHint,
        };

        var parsed = baseline;
        var body = response.Body.AsSpan().Trim();
        if (body.Length > 0 && body[0] is '{' or '[')
        {
            try
            {
                using var document = JsonDocument.Parse(response.Body);
                parsed = ParseBody(document.RootElement, baseline);
            }
            catch (JsonException)
            {
                parsed = baseline with { Message = $"The server answered HTTP {response.StatusCode} with a malformed JSON error body" };
            }
            catch (InvalidOperationException)
            {
                // A member of an unexpected JSON type: keep what the status and headers say.
                parsed = baseline;
            }
        }

        return Refine(
            parsed with
        {
            // The HTTP header wins over a body hint: its unit is certain (facts.md, LakeSail issue).
            RetryAfter = headerHint ?? parsed.RetryAfter,
            Message = string.IsNullOrWhiteSpace(parsed.Message) ? baseline.Message : parsed.Message,
            RawBody = response.Body,
        },
            response);
    }

    /// <summary>
    /// Adjusts the parsed error with what else the response says (e.g. an error-type header that wins
    /// over the body); called for every response, JSON or not. Unchanged by default.
    /// </summary>
    protected virtual CloudError Refine(CloudError error, ErrorResponse response) => error;

    /// <summary>Reads the provider's error body; members it lacks keep the baseline's values.</summary>
    protected abstract CloudError ParseBody(JsonElement root, CloudError baseline);

    /// <summary>A string member, or null when absent or not a string.</summary>
    protected static string? GetString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A member of any type as text (numbers and strings), or null.</summary>
    protected static string? GetText(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string DescribeWithoutBody(ErrorResponse response)
    {
        var what = response.Body.Length == 0
            ? "an empty body"
            : response.Body.TrimStart().StartsWith('{') ? "an error body it could not read" : "a body that is not JSON";
        return $"The server answered HTTP {response.StatusCode} with {what}";
    }
}
