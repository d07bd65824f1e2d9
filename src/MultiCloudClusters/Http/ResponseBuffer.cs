using System.Buffers;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// Reads every response body inside the attempt that received it, within a size limit: an error (or any
/// other non-2xx) body only its first 64 KiB, all an error parser needs; a success body whole when it is at
/// most <see cref="InlineBodyBytes"/> (every single object, a typical list page), so a body cut off or stalled
/// mid-way is a failure of the attempt, retried when the request is idempotent. Only the tail of a larger
/// success body streams on to the caller, through a <see cref="BoundedReadStream"/> that keeps the same limits.
/// </summary>
internal static class ResponseBuffer
{
    /// <summary>How much of an error body is kept.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>Success bodies up to this size are read whole inside the attempt.</summary>
    public const int InlineBodyBytes = 256 * 1024;

    public static async Task LoadAsync(HttpResponseMessage response, BodyLimits limits, CancellationToken cancellationToken)
    {
        if (response.Content is not { } content)
        {
            return;
        }

        var status = (int)response.StatusCode;
        if (status is < 200 or >= 300)
        {
            var (bytes, length, _) = await ReadAtMostAsync(content, MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);
            Replace(response, content, new BufferedBody(bytes, 0, length));
            return;
        }

        if (content.Headers.ContentLength > limits.MaxBytes)
        {
            throw TooLarge(response, limits.Provider, limits.MaxBytes);
        }

        if (content.Headers.ContentLength is { } announced and <= InlineBodyBytes)
        {
            Replace(response, content, await ReadExactlyAsync(content, (int)announced, cancellationToken).ConfigureAwait(false));
            return;
        }

        var (head, headLength, stream) = await ReadAtMostAsync(content, InlineBodyBytes, cancellationToken, keepOpen: true).ConfigureAwait(false);
        if (stream is null)
        {
            Replace(response, content, new BufferedBody(head, 0, headLength));
            return;
        }

        // Larger than what is read inline: the rest streams on (lists stay flat), bounded the same way.
        response.Content = new BoundedContent(content, new BoundedReadStream(stream, head.AsMemory(0, headLength), status, limits));
    }

    private static void Replace(HttpResponseMessage response, HttpContent original, BufferedBody buffered)
    {
        // Without validation: the values move as the strings they arrived as, nothing is parsed on the way.
        foreach (var header in original.Headers.NonValidated)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in header.Value)
                {
                    buffered.Headers.TryAddWithoutValidation(header.Key, value);
                }
            }
        }

        original.Dispose();
        response.Content = buffered;
    }

    // Read into a pooled array, given back when the response is disposed (the generated clients dispose it once they
    // have read it): a call allocates no copy of its answer, and a list page, often larger than the large-object
    // threshold, neither fills the large object heap nor waits on the full collections that empty it.
    private static async Task<BufferedBody> ReadExactlyAsync(HttpContent content, int length, CancellationToken cancellationToken)
    {
        var pooled = length > 0;
        var bytes = pooled ? ArrayPool<byte>.Shared.Rent(length) : new byte[length];
        try
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await stream.ReadExactlyAsync(bytes.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            return new BufferedBody(bytes, 0, length, pooled);
        }
        catch (Exception ex)
        {
            if (pooled)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }

            throw ex is IOException io ? CutOff(io) : ex;
        }
    }

    // Reads up to `limit` bytes. When the body is longer and keepOpen is set, the stream is returned open
    // (positioned after what was read); otherwise the rest is left unread.
    private static async Task<(byte[] Bytes, int Length, Stream? Remaining)> ReadAtMostAsync(HttpContent content, int limit, CancellationToken cancellationToken, bool keepOpen = false)
    {
        Stream? stream = null;
        try
        {
            stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var initial = (int)Math.Min(content.Headers.ContentLength ?? 16 * 1024, limit);
            using var buffer = new MemoryStream(Math.Max(initial, 256));
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    var room = limit - (int)buffer.Length;
                    if (read > room)
                    {
                        buffer.Write(chunk, 0, room);
                        if (keepOpen)
                        {
                            // The bytes beyond the limit in this chunk belong to the tail: keep them in front of it.
                            var tail = buffer.ToArray();
                            var extra = chunk.AsSpan(room, read - room).ToArray();
                            var rest = stream;
                            stream = null;
                            return (Concat(tail, extra), tail.Length + extra.Length, rest);
                        }

                        return (buffer.GetBuffer(), (int)buffer.Length, null);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return (buffer.GetBuffer(), (int)buffer.Length, null);
        }
        catch (IOException ex)
        {
            throw CutOff(ex);
        }
        finally
        {
            stream?.Dispose();
        }
    }

    private static byte[] Concat(byte[] first, byte[] second)
    {
        var all = new byte[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }

    // The connection broke while the body was arriving: a transport failure like any other, inside the
    // attempt, so the retry rules (idempotent requests only) apply to it.
    private static HttpRequestException CutOff(IOException ex) =>
        new(HttpRequestError.ResponseEnded, "The response body was cut off.", ex);

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
