using System.Runtime.CompilerServices;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// Reads an error response once: buffers its body (so later readers still see it), parses it with the provider's
/// parser and keeps the <see cref="CloudError"/> with the response. The retry decision, the retry delay and the
/// error translation all ask here, and all get that one parse.
/// </summary>
internal static class ErrorReader
{
    private const int MaxBodyChars = 64 * 1024;

    // Keyed by the response object itself: each attempt has its own response, and an entry goes with its response.
    private static readonly ConditionalWeakTable<HttpResponseMessage, CloudError> Parsed = [];

    public static async Task<CloudError> ReadAsync(HttpResponseMessage response, IProviderErrorParser parser, CancellationToken cancellationToken)
    {
        if (Parsed.TryGetValue(response, out var known))
        {
            return known;
        }

        var body = string.Empty;
        if (response.Content is not null)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (body.Length > MaxBodyChars)
            {
                body = body[..MaxBodyChars];
            }
        }

        var error = parser.Parse(new ErrorResponse((int)response.StatusCode, response.Headers, body));
        Parsed.AddOrUpdate(response, error);
        return error;
    }
}
