using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>Buffers an error response's body (so later readers still see it) and parses it with the provider's parser.</summary>
internal static class ErrorReader
{
    private const int MaxBodyChars = 64 * 1024;

    public static async Task<CloudError> ReadAsync(HttpResponseMessage response, IProviderErrorParser parser, CancellationToken cancellationToken)
    {
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

        return parser.Parse(new ErrorResponse((int)response.StatusCode, response.Headers, body));
    }
}
