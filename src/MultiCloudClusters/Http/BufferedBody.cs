using System.Buffers;

namespace MultiCloudClusters.Http;

/// <summary>
/// A response body <see cref="ResponseBuffer"/> has read whole. Its stream exposes the buffer
/// (<see cref="MemoryStream.TryGetBuffer"/>), so <see cref="GeneratedClientJson"/> reads the JSON straight from memory,
/// in one synchronous pass, instead of copying it through a stream. The array may come from
/// <see cref="ArrayPool{T}.Shared"/>; it goes back when the content is disposed (after which the content cannot be read).
/// </summary>
internal sealed class BufferedBody : ByteArrayContent
{
    private readonly byte[] _bytes;
    private readonly int _offset;
    private readonly int _count;
    private int _pooled;

    /// <summary>The first <paramref name="count"/> bytes of <paramref name="bytes"/> from <paramref name="offset"/>.</summary>
    /// <param name="bytes">The body's bytes.</param>
    /// <param name="offset">Where the body starts in <paramref name="bytes"/>.</param>
    /// <param name="count">The body's length.</param>
    /// <param name="pooled">Whether <paramref name="bytes"/> was rented from <see cref="ArrayPool{T}.Shared"/> (returned on dispose).</param>
    public BufferedBody(byte[] bytes, int offset, int count, bool pooled = false)
        : base(bytes, offset, count)
    {
        (_bytes, _offset, _count, _pooled) = (bytes, offset, count, pooled ? 1 : 0);
    }

    /// <summary>The whole of <paramref name="bytes"/>.</summary>
    public BufferedBody(byte[] bytes)
        : this(bytes, 0, bytes.Length)
    {
    }

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => OpenRead();

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(OpenRead());

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => Task.FromResult<Stream>(OpenRead());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Interlocked.Exchange(ref _pooled, 0) == 1)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }
    }

    private MemoryStream OpenRead() => new(_bytes, _offset, _count, writable: false, publiclyVisible: true);
}
