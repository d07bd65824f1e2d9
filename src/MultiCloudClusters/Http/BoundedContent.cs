using System.Net;

namespace MultiCloudClusters.Http;

/// <summary>A response body handed on as a stream opened beforehand (a <see cref="BoundedReadStream"/>), headers unchanged.</summary>
internal sealed class BoundedContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly Stream _stream;

    public BoundedContent(HttpContent inner, Stream stream)
    {
        _inner = inner;
        _stream = stream;
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => Task.FromResult(_stream);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(_stream);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _stream.CopyToAsync(stream, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
