using System.Buffers;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// Bounds every response body: an error body is read inside the attempt, only its first 64 KiB (all an
/// error parser needs); a success body streams on to the caller through a stream that refuses to read
/// past the size limit and gives up when the server stops sending for longer than the attempt timeout.
/// </summary>
internal static class ResponseBuffer
{
    /// <summary>How much of an error body is kept.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    public static async Task LoadAsync(HttpResponseMessage response, string provider, long maxBytes, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        if (response.Content is not { } content)
        {
            return;
        }

        if ((int)response.StatusCode < 400)
        {
            if (content.Headers.ContentLength > maxBytes)
            {
                throw TooLarge(response, provider, maxBytes);
            }

            // Streamed on, not buffered (lists stay fast and flat), but never past the limit and never stalled.
            var status = (int)response.StatusCode;
            response.Content = new BoundedContent(content, stream => new BoundedReadStream(stream, provider, status, maxBytes, idleTimeout));
            return;
        }

        var (bytes, length) = await ReadAtMostAsync(content, MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
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

    private static async Task<(byte[] Bytes, int Length)> ReadAtMostAsync(HttpContent content, long limit, CancellationToken cancellationToken)
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
                        return (buffer.GetBuffer(), (int)buffer.Length);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return (buffer.GetBuffer(), (int)buffer.Length);
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
