using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MultiCloudClusters.Http;

/// <summary>
/// The response headers a generated client hands to its exceptions, copied (response headers, then content headers,
/// as NSwag's own dictionary) only when something reads them. The build step puts this where NSwag copied every
/// header of every answer into a dictionary, which nothing reads on a successful call.
/// </summary>
/// <param name="response">The answer whose headers these are.</param>
internal sealed class GeneratedResponseHeaders(HttpResponseMessage response) : IReadOnlyDictionary<string, IEnumerable<string>>
{
    private Dictionary<string, IEnumerable<string>>? _copy;

    /// <inheritdoc />
    public int Count => Copy.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => Copy.Keys;

    /// <inheritdoc />
    public IEnumerable<IEnumerable<string>> Values => Copy.Values;

    private Dictionary<string, IEnumerable<string>> Copy => _copy ??= Read(response);

    /// <inheritdoc />
    public IEnumerable<string> this[string key] => Copy[key];

    /// <inheritdoc />
    public bool ContainsKey(string key) => Copy.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IEnumerable<string> value) => Copy.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, IEnumerable<string>>> GetEnumerator() => Copy.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static Dictionary<string, IEnumerable<string>> Read(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IEnumerable<string>>();
        foreach (var item in response.Headers)
        {
            headers[item.Key] = item.Value;
        }

        if (response.Content is { } content)
        {
            foreach (var item in content.Headers)
            {
                headers[item.Key] = item.Value;
            }
        }

        return headers;
    }
}
