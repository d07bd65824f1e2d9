using System.Security.Cryptography;
using System.Text;

namespace MultiCloudClusters.Emulator.Eks;

/// <summary>
/// An independent SigV4 implementation (canonical request, string to sign, derived key), written from the AWS
/// description rather than shared with the client's signer, so that a signer bug shows up as a 403.
/// </summary>
internal sealed class SigV4SignatureVerifier : ISignatureVerifier
{
    public bool Verify(SigV4Request request, string secretAccessKey)
    {
        var expected = Sign(request, secretAccessKey);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(request.Signature.ToLowerInvariant()));
    }

    public static string Sign(SigV4Request request, string secretAccessKey)
    {
        var canonical = string.Join('\n',
            request.Method,
            CanonicalPath(request.RawPath),
            CanonicalQuery(request.RawQuery),
            string.Concat(request.SignedHeaders.Select(h => $"{h}:{request.Headers.GetValueOrDefault(h, "")}\n")),
            string.Join(';', request.SignedHeaders),
            request.PayloadSha256Hex);
        var stringToSign = string.Join('\n', "AWS4-HMAC-SHA256", request.AmzDate, request.CredentialScope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        var parts = request.CredentialScope.Split('/');
        var key = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        foreach (var part in parts) key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    /// <summary>Each segment of the path as sent is encoded once more (non-S3 services encode twice in all).</summary>
    private static string CanonicalPath(string rawPath)
    {
        if (rawPath.Length == 0) return "/";
        return string.Join('/', rawPath.Split('/').Select(Encode));
    }

    private static string CanonicalQuery(string rawQuery)
    {
        if (rawQuery.Length == 0) return "";
        var pairs = rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var i = p.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((i < 0 ? p : p[..i]).Replace('+', ' '));
            var value = i < 0 ? "" : Uri.UnescapeDataString(p[(i + 1)..].Replace('+', ' '));
            return (Name: Encode(name), Value: Encode(value));
        });
        return string.Join('&', pairs.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>RFC 3986 encoding: everything but unreserved characters as upper-case %XX of the UTF-8 bytes.</summary>
    private static string Encode(string text)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
