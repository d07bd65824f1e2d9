
namespace MultiCloudClusters.Http;

/// <summary>
/// A copy of a request that can be sent again (an <see cref="HttpRequestMessage"/> can be sent only once):
/// retries and the re-authenticated 401 path each send a fresh clone.
/// </summary>
internal sealed class RequestSnapshot
{
    private readonly HttpRequestMessage _original;
    private readonly byte[]? _content;
    private readonly KeyValuePair<string, IEnumerable<string>>[] _headers;
    private readonly KeyValuePair<string, IEnumerable<string>>[] _contentHeaders;

    private RequestSnapshot(HttpRequestMessage original, byte[]? content)
    {
        _original = original;
        _content = content;
        _headers = original.Headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.ToArray())).ToArray();
        _contentHeaders = original.Content?.Headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.ToArray())).ToArray() ?? [];
    }

    public static async Task<RequestSnapshot> CreateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new RequestSnapshot(request, content);
    }

    public HttpRequestMessage Clone()
    {
        var clone = new HttpRequestMessage(_original.Method, _original.RequestUri)
        {
            Version = _original.Version,
            VersionPolicy = _original.VersionPolicy,
        };

        foreach (var header in _headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in _original.Options)
        {
            ((IDictionary<string, object?>)clone.Options)[option.Key] = option.Value;
        }

        if (_content is not null)
        {
            clone.Content = new ByteArrayContent(_content);
            foreach (var header in _contentHeaders)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return clone;
    }

}
