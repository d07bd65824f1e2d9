namespace MultiCloudClusters.Http;

/// <summary>
/// What is needed to send a request again (an <see cref="HttpRequestMessage"/> can be sent only once):
/// the headers and options as they were before any handler touched them, and the body, read only
/// when a copy is actually needed. The first attempt sends the original; retries and the
/// re-authenticated 401 path send copies.
/// </summary>
internal sealed class RequestSnapshot
{
    private readonly HttpRequestMessage _original;
    private readonly KeyValuePair<string, string>[] _headers;
    private readonly KeyValuePair<string, string>[] _contentHeaders;
    private byte[]? _content;

    private RequestSnapshot(HttpRequestMessage original)
    {
        _original = original;
        _headers = Copy(original.Headers);
        _contentHeaders = original.Content is { } content ? Copy(content.Headers) : [];
    }

    /// <summary>Captures the request before it is sent; a body that could be read only once is buffered first.</summary>
    public static async ValueTask<RequestSnapshot> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content and not ByteArrayContent)
        {
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        return new RequestSnapshot(request);
    }

    /// <summary>
    /// The values as they stand, one pair per value, read without validation: nothing is parsed and the values are
    /// the strings that would be sent (this runs on every request, most of which are never copied).
    /// </summary>
    private static KeyValuePair<string, string>[] Copy(System.Net.Http.Headers.HttpHeaders headers)
    {
        var count = 0;
        foreach (var header in headers.NonValidated)
        {
            count += header.Value.Count;
        }

        if (count == 0)
        {
            return [];
        }

        var copy = new KeyValuePair<string, string>[count];
        var i = 0;
        foreach (var header in headers.NonValidated)
        {
            foreach (var value in header.Value)
            {
                copy[i++] = new KeyValuePair<string, string>(header.Key, value);
            }
        }

        return copy;
    }

    /// <summary>A fresh copy with the headers as captured (credentials are added again by the authenticator).</summary>
    public async ValueTask<HttpRequestMessage> CloneAsync(CancellationToken cancellationToken)
    {
        if (_content is null && _original.Content is { } content)
        {
            _content = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

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
