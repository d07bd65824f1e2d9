using System.Net.Http.Headers;

namespace MultiCloudClusters.Errors;

/// <summary>What a provider's error parser gets: the status, the headers and the (buffered) body text.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Headers">Response headers (content headers included).</param>
/// <param name="Body">The body text; empty when there was none.</param>
internal sealed record ErrorResponse(int StatusCode, HttpResponseHeaders? Headers, string Body)
{
    /// <summary>The first value of a response header, or null.</summary>
    public string? Header(string name) =>
        Headers is not null && Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>Every value of a response header (one per header line), or null when absent.</summary>
    public IEnumerable<string>? HeaderValues(string name) =>
        Headers is not null && Headers.TryGetValues(name, out var values) ? values : null;
}
