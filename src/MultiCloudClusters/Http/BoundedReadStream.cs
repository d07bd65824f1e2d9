using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// The rest of a response body too large to read inside the attempt, streamed on to the caller: first the
/// part already read, then the network stream, never past the size limit, never paused for longer than the
/// idle timeout and never past the call's absolute deadline — so a large list page streams without being
/// buffered whole, and a server that drips or stalls cannot keep a caller waiting.
/// </summary>
internal sealed class BoundedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly BodyLimits _limits;
    private readonly int _statusCode;
    private readonly CancellationTokenSource _deadline;
    private ReadOnlyMemory<byte> _prefix;
    private long _read;
    private CancellationTokenSource? _idle;
    private CancellationToken _idleFor;

    public BoundedReadStream(Stream inner, ReadOnlyMemory<byte> prefix, int statusCode, BodyLimits limits)
    {
        _inner = inner;
        _prefix = prefix;
        _statusCode = statusCode;
        _limits = limits;
        _read = prefix.Length;
        _deadline = new CancellationTokenSource(limits.Remaining, limits.Time);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!_prefix.IsEmpty)
        {
            var served = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..served].CopyTo(buffer.Span);
            _prefix = _prefix[served..];
            return served;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (_deadline.IsCancellationRequested)
        {
            throw DeadlinePassed();
        }

        var idle = IdleTimer(cancellationToken);
        try
        {
            var read = await _inner.ReadAsync(buffer, idle.Token).ConfigureAwait(false);
            idle.CancelAfter(Timeout.InfiniteTimeSpan);
            return Count(read);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw _deadline.IsCancellationRequested
                ? DeadlinePassed()
                : Failure("ResponseTimeout", $"The server stopped sending the response body for {_limits.IdleTimeout.TotalSeconds:0.###} s", _limits.Idempotent);
        }
        catch (IOException)
        {
            throw Failure("ResponseEnded", "The connection broke while the response body was arriving", _limits.Idempotent);
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
            _deadline.Dispose();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // One timer per stream, re-armed for each read (a list page is read in many small reads); it also
    // fires when the absolute deadline passes.
    private CancellationTokenSource IdleTimer(CancellationToken cancellationToken)
    {
        if (_idle is null || _idleFor != cancellationToken || !_idle.TryReset())
        {
            _idle?.Dispose();
            _idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline.Token);
            _idleFor = cancellationToken;
        }

        _idle.CancelAfter(_limits.IdleTimeout);
        return _idle;
    }

    private int Count(int read)
    {
        _read += read;
        return _read > _limits.MaxBytes
            ? throw Failure("ResponseTooLarge", $"The response body is larger than the {_limits.MaxBytes / 1024} KiB allowed (ResilienceOptions.MaxResponseBytes)", retryable: false)
            : read;
    }

    private CloudApiException DeadlinePassed() =>
        Failure("ResponseTimeout", "The response body did not arrive before the call's deadline (ResilienceOptions.AttemptTimeout / TotalTimeout)", _limits.Idempotent);

    private CloudApiException Failure(string code, string message, bool retryable) => new(new CloudError
    {
        Provider = _limits.Provider,
        StatusCode = _statusCode,
        ErrorCode = code,
        Message = message,
        RetryableHint = retryable,
    });
}
