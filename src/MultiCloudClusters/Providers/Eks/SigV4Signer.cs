using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Signs HTTP requests with AWS Signature Version 4 (<c>AWS4-HMAC-SHA256</c>, header form) as the Amazon EKS API
/// and other non-S3 AWS services expect: the path is normalized and URI-encoded on top of its wire encoding.
/// </summary>
/// <remarks>
/// Written from the published algorithm. Signing sets <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> (temporary
/// credentials only), <c>x-amz-content-sha256</c> (only with <see cref="IncludeContentSha256"/>) and
/// <c>Authorization</c>, replacing any earlier values, so a retried copy of a request can be signed again.
/// Signed headers: <c>Host</c>, the request and content headers present, and the headers above; hop-by-hop
/// headers and headers that handlers or proxies commonly rewrite (<c>User-Agent</c>, <c>Content-Length</c>,
/// <c>Expect</c>…) are left unsigned.
/// </remarks>
public sealed class SigV4Signer
{
    /// <summary>The signing algorithm name.</summary>
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The header that carries the signing time (<c>yyyyMMddTHHmmssZ</c>, UTC).</summary>
    public const string DateHeader = "X-Amz-Date";

    /// <summary>The header that carries the session token of temporary credentials.</summary>
    public const string SecurityTokenHeader = "X-Amz-Security-Token";

    /// <summary>The header that carries the hex SHA-256 of the body, when <see cref="IncludeContentSha256"/> is set.</summary>
    public const string ContentSha256Header = "x-amz-content-sha256";

    private const string AuthorizationHeader = "Authorization";
    private const string Terminator = "aws4_request";

    /// <summary>Headers taken from an <see cref="HttpRequestMessage"/> but not signed (compared case-insensitively).</summary>
    private static readonly HashSet<string> UnsignedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Host", "User-Agent", "Expect", "Connection", "Keep-Alive", "Proxy-Connection",
        "Proxy-Authorization", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Content-Length", "X-Amzn-Trace-Id",
    };

    /// <summary>
    /// Whether to send and sign <c>x-amz-content-sha256</c> with the hex SHA-256 of the body. Amazon EKS does not need
    /// it; off by default.
    /// </summary>
    public bool IncludeContentSha256 { get; init; }

    /// <summary>
    /// Signs <paramref name="request"/> in place: adds <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> when the credentials
    /// carry a session token, <c>x-amz-content-sha256</c> when <see cref="IncludeContentSha256"/> is set, and
    /// <c>Authorization</c>. Earlier values of these headers are replaced.
    /// </summary>
    /// <param name="request">The request, with an absolute <see cref="HttpRequestMessage.RequestUri"/>. Its content, if any, is buffered to be hashed.</param>
    /// <param name="credentials">The credentials to sign with.</param>
    /// <param name="region">The AWS region of the endpoint, for example <c>us-east-1</c>.</param>
    /// <param name="service">The signing name of the service, for example <c>eks</c>.</param>
    /// <param name="timestamp">The signing time; converted to UTC. AWS rejects signatures more than 5 minutes off.</param>
    /// <param name="cancellationToken">Cancels reading the content.</param>
    /// <returns>A task that completes once the headers are set.</returns>
    /// <exception cref="ArgumentException">The request has no absolute URI, or the region or service is empty.</exception>
    public async Task SignAsync(
        HttpRequestMessage request,
        AwsCredentials credentials,
        string region,
        string service,
        DateTimeOffset timestamp,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);

        foreach (var name in (string[])[AuthorizationHeader, DateHeader, SecurityTokenHeader, ContentSha256Header])
        {
            request.Headers.Remove(name);
        }

        var model = await ToSigV4RequestAsync(request, cancellationToken).ConfigureAwait(false);
        var result = Sign(model, credentials, region, service, timestamp);
        // Validated adds: the session token and the access key id (in Authorization) come from outside; AwsCredentials
        // refuses header-breaking values when it is created, and a value that slipped past would throw here, not go out.
        foreach (var header in result.AddedHeaders)
        {
            request.Headers.Add(header.Key, header.Value);
        }

        // Computed here from the checked access key id; its comma-separated parameters are not a header parser's syntax.
        var scheme = result.Authorization.IndexOf(' ', StringComparison.Ordinal);
        request.Headers.Authorization = new AuthenticationHeaderValue(result.Authorization[..scheme], result.Authorization[(scheme + 1)..]);
    }

    /// <summary>
    /// Signs a request model: replaces its <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c>, <c>x-amz-content-sha256</c>
    /// and <c>Authorization</c> headers by the signer's and returns every step; the model itself is not changed.
    /// </summary>
    internal SigV4SigningResult Sign(
        SigV4Request request,
        AwsCredentials credentials,
        string region,
        string service,
        DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);

        var utc = timestamp.UtcDateTime;
        var amzDate = utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = utc.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var payloadHash = HexSha256(request.Body.Span);

        var added = new List<KeyValuePair<string, string>> { new(DateHeader, amzDate) };
        if (credentials.SessionToken is { } token)
        {
            added.Add(new(SecurityTokenHeader, token));
        }

        if (IncludeContentSha256)
        {
            added.Add(new(ContentSha256Header, payloadHash));
        }

        var headers = request.Headers
            .Where(h => !IsSignerOwned(h.Key))
            .Concat(added)
            .ToList();

        var canonicalRequest = BuildCanonicalRequest(request.Method, request.Path, request.Query, headers, payloadHash, out var signedHeaders);
        var scope = $"{date}/{region}/{service}/{Terminator}";
        var stringToSign = BuildStringToSign(amzDate, scope, canonicalRequest);
        var signature = ComputeSignature(credentials.SecretAccessKey, date, region, service, stringToSign);
        var authorization = $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4SigningResult(canonicalRequest, signedHeaders, stringToSign, signature, authorization, added);
    }

    /// <summary>Builds the request model from an <see cref="HttpRequestMessage"/>, buffering its content.</summary>
    internal static async Task<SigV4Request> ToSigV4RequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw new ArgumentException("SigV4 signing needs an absolute request URI.", nameof(request));
        }

        var headers = new List<KeyValuePair<string, string>> { new("Host", request.Headers.Host ?? HostOf(uri)) };
        AddSignable(headers, request.Headers);

        var body = ReadOnlyMemory<byte>.Empty;
        if (request.Content is { } content)
        {
            AddSignable(headers, content.Headers);
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        return new SigV4Request(request.Method.Method, uri.AbsolutePath, uri.Query, headers, body);
    }

    /// <summary>
    /// Task 1: the canonical request — method, canonical URI, canonical query, canonical headers, signed headers and
    /// payload hash, one per line.
    /// </summary>
    internal static string BuildCanonicalRequest(
        string method,
        string path,
        string query,
        IEnumerable<KeyValuePair<string, string>> headers,
        string payloadHash,
        out string signedHeaders)
    {
        var canonicalHeaders = BuildCanonicalHeaders(headers, out signedHeaders);
        return string.Join('\n', method, CanonicalUri(path), CanonicalQuery(query), canonicalHeaders, signedHeaders, payloadHash);
    }

    /// <summary>
    /// The canonical URI of a non-S3 service: dot segments removed and empty segments collapsed (RFC 3986
    /// <c>remove_dot_segments</c> plus duplicate-slash removal), a trailing slash kept, then each segment URI-encoded.
    /// </summary>
    internal static string CanonicalUri(string path)
    {
        var segments = new List<string>();
        var parts = path.Split('/');
        foreach (var part in parts)
        {
            switch (part)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    break;
                default:
                    segments.Add(part);
                    break;
            }
        }

        if (segments.Count == 0)
        {
            return "/";
        }

        var builder = new StringBuilder(path.Length * 2);
        foreach (var segment in segments)
        {
            builder.Append('/');
            AppendUriEncoded(builder, Encoding.UTF8.GetBytes(segment));
        }

        if (parts[^1] is "" or "." or "..")
        {
            builder.Append('/');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The canonical query: each name and value percent-decoded then URI-encoded (RFC 3986 unreserved characters left
    /// as they are), sorted by encoded name then encoded value, a missing value kept as <c>name=</c>.
    /// </summary>
    internal static string CanonicalQuery(string query)
    {
        if (query.StartsWith('?'))
        {
            query = query[1..];
        }

        var pairs = new List<(string Name, string Value)>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add((UriEncode(PercentDecode(name)), UriEncode(PercentDecode(value))));
        }

        pairs.Sort(static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(static p => $"{p.Name}={p.Value}"));
    }

    /// <summary>
    /// The canonical headers block (each <c>name:value\n</c>, names lower-cased and sorted, values trimmed with runs of
    /// white space — line folds included — collapsed to one space, repeated headers joined with commas in order) and
    /// the signed headers list.
    /// </summary>
    internal static string BuildCanonicalHeaders(IEnumerable<KeyValuePair<string, string>> headers, out string signedHeaders)
    {
        var byName = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            var key = name.Trim().ToLowerInvariant();
            if (!byName.TryGetValue(key, out var values))
            {
                byName[key] = values = [];
            }

            values.Add(CollapseWhiteSpace(value));
        }

        var builder = new StringBuilder();
        foreach (var (name, values) in byName)
        {
            builder.Append(name).Append(':').AppendJoin(',', values).Append('\n');
        }

        signedHeaders = string.Join(';', byName.Keys);
        return builder.ToString();
    }

    /// <summary>Task 2: the string to sign — algorithm, request time, credential scope and hash of the canonical request.</summary>
    internal static string BuildStringToSign(string amzDate, string scope, string canonicalRequest)
        => string.Join('\n', Algorithm, amzDate, scope, HexSha256(Encoding.UTF8.GetBytes(canonicalRequest)));

    /// <summary>The signing key: HMAC chain over date, region, service and <c>aws4_request</c>, keyed by <c>AWS4</c> + secret.</summary>
    internal static byte[] DeriveSigningKey(string secretAccessKey, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Terminator));
    }

    /// <summary>Task 3: the lower-case hex HMAC-SHA256 of the string to sign under the derived signing key.</summary>
    internal static string ComputeSignature(string secretAccessKey, string date, string region, string service, string stringToSign)
        => Convert.ToHexStringLower(
            HMACSHA256.HashData(DeriveSigningKey(secretAccessKey, date, region, service), Encoding.UTF8.GetBytes(stringToSign)));

    /// <summary>Lower-case hex SHA-256.</summary>
    internal static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>URI-encodes the UTF-8 bytes of <paramref name="value"/> per AWS rules: all but <c>A-Z a-z 0-9 - _ . ~</c> become <c>%XX</c>.</summary>
    internal static string UriEncode(string value) => UriEncode(Encoding.UTF8.GetBytes(value));

    private static string UriEncode(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length * 3);
        AppendUriEncoded(builder, bytes);
        return builder.ToString();
    }

    private static void AppendUriEncoded(StringBuilder builder, ReadOnlySpan<byte> bytes)
    {
        const string hex = "0123456789ABCDEF";
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(hex[b >> 4]).Append(hex[b & 0xF]);
            }
        }
    }

    /// <summary>Decodes <c>%XX</c> escapes to bytes (other characters as UTF-8); <c>+</c> stays a plus sign.</summary>
    private static byte[] PercentDecode(string value)
    {
        var source = Encoding.UTF8.GetBytes(value);
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return source;
        }

        var decoded = new byte[source.Length];
        var length = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == (byte)'%' && i + 2 < source.Length && IsHex(source[i + 1]) && IsHex(source[i + 2]))
            {
                decoded[length++] = (byte)((HexValue(source[i + 1]) << 4) | HexValue(source[i + 2]));
                i += 2;
            }
            else
            {
                decoded[length++] = source[i];
            }
        }

        return decoded[..length];
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'A' and <= (byte)'F') or (>= (byte)'a' and <= (byte)'f');

    private static int HexValue(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static string CollapseWhiteSpace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\v' or '\f')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsSignerOwned(string name)
        => name.Equals(AuthorizationHeader, StringComparison.OrdinalIgnoreCase)
            || name.Equals(DateHeader, StringComparison.OrdinalIgnoreCase)
            || name.Equals(SecurityTokenHeader, StringComparison.OrdinalIgnoreCase)
            || name.Equals(ContentSha256Header, StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>Host</c> header HttpClient sends for <paramref name="uri"/>: IDN host, port only when not the scheme default.</summary>
    private static string HostOf(Uri uri)
    {
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
        return uri.IsDefaultPort ? host : $"{host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";
    }

    private static void AddSignable(List<KeyValuePair<string, string>> target, HttpHeaders headers)
    {
        // NonValidated gives the values as they will be written; ToString() joins repeated values with the header's
        // own separator, as the handler does when it writes them on one line.
        foreach (var header in headers.NonValidated)
        {
            if (!UnsignedHeaders.Contains(header.Key) && !IsSignerOwned(header.Key))
            {
                target.Add(new(header.Key, header.Value.ToString()));
            }
        }
    }
}
