using System.Globalization;
using System.Text;
using MultiCloudClusters.Providers.Eks;
using WireMock.Logging;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>
/// Verifies a request the mock server received the way AWS would: rebuilds the canonical request from the method,
/// path, query, signed headers and body as received, and recomputes the signature with the known secret.
/// </summary>
internal static class SignatureCheck
{
    /// <summary>Asserts the request carries a valid signature made at <paramref name="time"/>; returns the signed header names.</summary>
    public static string[] AssertSigned(ILogEntry entry, AwsCredentials credentials, string region, DateTimeOffset? time = null)
    {
        var request = entry.RequestMessage!;
        var authorization = Header(entry, "Authorization") ?? throw new Xunit.Sdk.XunitException("no Authorization header");
        var amzDate = Header(entry, "X-Amz-Date") ?? throw new Xunit.Sdk.XunitException("no X-Amz-Date header");
        if (time is { } expected)
        {
            Assert.Equal(expected.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), amzDate);
        }

        Assert.StartsWith("AWS4-HMAC-SHA256 ", authorization, StringComparison.Ordinal);
        var parts = authorization["AWS4-HMAC-SHA256 ".Length..].Split(", ").Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var date = amzDate[..8];
        var scope = $"{date}/{region}/eks/aws4_request";
        Assert.Equal($"{credentials.AccessKeyId}/{scope}", parts["Credential"]);
        var signedHeaders = parts["SignedHeaders"].Split(';');
        Assert.Contains("host", signedHeaders);
        Assert.Contains("x-amz-date", signedHeaders);
        if (credentials.SessionToken is { } token)
        {
            Assert.Contains("x-amz-security-token", signedHeaders);
            Assert.Equal(token, Header(entry, "X-Amz-Security-Token"));
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var name in signedHeaders)
        {
            var value = Header(entry, name) ?? throw new Xunit.Sdk.XunitException($"signed header {name} was not received");
            headers.Add(new(name, value));
        }

        var body = request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? string.Empty);
        var canonical = SigV4Signer.BuildCanonicalRequest(
            request.Method,
            request.AbsolutePath,
            request.RawQuery ?? string.Empty,
            headers,
            SigV4Signer.HexSha256(body),
            out var rebuiltSignedHeaders);
        Assert.Equal(parts["SignedHeaders"], rebuiltSignedHeaders);
        var stringToSign = SigV4Signer.BuildStringToSign(amzDate, scope, canonical);
        Assert.Equal(SigV4Signer.ComputeSignature(credentials.SecretAccessKey, date, region, "eks", stringToSign), parts["Signature"]);
        return signedHeaders;
    }

    /// <summary>The signature of a received request.</summary>
    public static string Signature(ILogEntry entry) => Header(entry, "Authorization")!.Split("Signature=")[1];

    /// <summary>A header as received (repeated values joined with commas), or null.</summary>
    public static string? Header(ILogEntry entry, string name)
    {
        var headers = entry.RequestMessage?.Headers;
        if (headers is null)
        {
            return null;
        }

        var match = headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
        return match.Key is null ? null : string.Join(",", match.Value);
    }
}
