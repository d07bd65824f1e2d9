namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// The parts of an HTTP request that Signature Version 4 signs, independent of <see cref="HttpRequestMessage"/>
/// (which rejects some raw header forms, such as folded multi-line values, that the AWS test suite uses).
/// </summary>
/// <remarks>
/// <see cref="Path"/> is the request-target path exactly as it goes on the wire; canonicalization URI-encodes it
/// once more, which gives the double encoding AWS requires of every service except Amazon S3
/// (a path built by <see cref="HttpRequestMessage"/> is already percent-encoded once).
/// </remarks>
internal sealed class SigV4Request
{
    public SigV4Request(
        string method,
        string path,
        string query,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlyMemory<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(headers);
        Method = method;
        Path = path;
        Query = query.StartsWith('?') ? query[1..] : query;
        Headers = [.. headers];
        Body = body;
    }

    /// <summary>The HTTP method, as sent (<c>GET</c>, <c>POST</c>…).</summary>
    public string Method { get; }

    /// <summary>The path of the request target, without the query.</summary>
    public string Path { get; }

    /// <summary>The query string without the leading <c>?</c>; empty when there is none. May be percent-encoded.</summary>
    public string Query { get; }

    /// <summary>The headers in the order they are sent; a name may repeat. Values may span lines (obsolete folding).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body bytes; empty when there is no body.</summary>
    public ReadOnlyMemory<byte> Body { get; }
}

/// <summary>The outcome of signing a <see cref="SigV4Request"/>, with every intermediate step.</summary>
/// <param name="CanonicalRequest">Task 1: the canonical request.</param>
/// <param name="SignedHeaders">The <c>;</c>-separated lower-case names of the signed headers.</param>
/// <param name="StringToSign">Task 2: the string to sign.</param>
/// <param name="Signature">Task 3: the lower-case hex signature.</param>
/// <param name="Authorization">The value of the <c>Authorization</c> header.</param>
/// <param name="AddedHeaders">The headers the signer adds to the request, besides <c>Authorization</c>.</param>
internal sealed record SigV4SigningResult(
    string CanonicalRequest,
    string SignedHeaders,
    string StringToSign,
    string Signature,
    string Authorization,
    IReadOnlyList<KeyValuePair<string, string>> AddedHeaders);
