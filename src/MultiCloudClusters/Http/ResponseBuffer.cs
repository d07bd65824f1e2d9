using System.Buffers;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// Reads a response body inside the attempt (so the attempt timeout covers a server that stalls after
/// its headers) and never without bound: success bodies up to a limit, error bodies only their first
/// bytes, which are all an error parser needs.
/// </summary>
internal static class ResponseBuffer
{
    /// <summary>How much of an error body is kept.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    public static async Task LoadAsync(HttpResponseMessage response, string provider, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content is not { } content)
        {
            return;
        }

        var isError = (int)response.StatusCode >= 400;
        var limit = isError ? MaxErrorBodyBytes : maxBytes;
        if (!isError && content.Headers.ContentLength is { } announced && announced > limit)
        {
            throw TooLarge(response, provider, limit);
        }

        var (bytes, length, truncated) = await ReadAtMostAsync(content, limit, cancellationToken).ConfigureAwait(false);
        if (truncated && !isError)
        {
            throw TooLarge(response, provider, limit);
        }

        var buffered = new ByteArrayContent(bytes, 0, length);
        foreach (var header in content.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        content.Dispose();
        response.Content = buffered;
    }

    private static async Task<(byte[] Bytes, int Length, bool Truncated)> ReadAtMostAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var initial = (int)Math.Min(content.Headers.ContentLength ?? 16 * 1024, Math.Min(limit, 1024 * 1024));
            using var buffer = new MemoryStream(Math.Max(initial, 256));
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    var room = limit - buffer.Length;
                    if (read > room)
                    {
                        buffer.Write(chunk, 0, (int)room);
                        return (buffer.GetBuffer(), (int)buffer.Length, true);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return (buffer.GetBuffer(), (int)buffer.Length, false);
        }
        catch (IOException ex)
        {
            // The connection broke while the body was arriving: a transport failure like any other.
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response body was cut off.", ex);
        }
    }

    private static CloudApiException TooLarge(HttpResponseMessage response, string provider, long limit)
    {
        var status = (int)response.StatusCode;
        response.Dispose();
        return new CloudApiException(new CloudError
        {
            Provider = provider,
            StatusCode = status,
            ErrorCode = "ResponseTooLarge",
            Message = $"The response body is larger than the {limit / 1024} KiB allowed (ResilienceOptions.MaxResponseBytes)",
            RetryableHint = false,
        });
    }
}
