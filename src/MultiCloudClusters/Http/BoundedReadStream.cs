using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// A response body stream that refuses to read past a size limit and gives up on a server that stops
/// sending mid-body — so a caller streaming a large list never buffers it all, and never hangs.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, string provider, int statusCode, long maxBytes, TimeSpan idleTimeout) : Stream
{
    private long _read;
    private CancellationTokenSource? _idle;
    private CancellationToken _idleFor;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var idle = IdleTimer(cancellationToken);
        try
        {
            var read = await inner.ReadAsync(buffer, idle.Token).ConfigureAwait(false);
            idle.CancelAfter(Timeout.InfiniteTimeSpan);
            return Count(read);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure("ResponseTimeout", $"The server stopped sending the response body for {idleTimeout.TotalSeconds:0.###} s", retryable: true);
        }
        catch (IOException)
        {
            throw Failure("ResponseCutOff", "The connection broke while the response body was arriving", retryable: true);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _idle?.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // One timer per stream, re-armed for each read (a list page is read in many small reads).
    private CancellationTokenSource IdleTimer(CancellationToken cancellationToken)
    {
        if (_idle is null || _idleFor != cancellationToken || !_idle.TryReset())
        {
            _idle?.Dispose();
            _idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _idleFor = cancellationToken;
        }

        _idle.CancelAfter(idleTimeout);
        return _idle;
    }

    private int Count(int read)
    {
        _read += read;
        return _read > maxBytes
            ? throw Failure("ResponseTooLarge", $"The response body is larger than the {maxBytes / 1024} KiB allowed (ResilienceOptions.MaxResponseBytes)", retryable: false)
            : read;
    }

    private CloudApiException Failure(string code, string message, bool retryable) => new(new CloudError
    {
        Provider = provider,
        StatusCode = statusCode,
        ErrorCode = code,
        Message = message,
        RetryableHint = retryable,
    });
}
