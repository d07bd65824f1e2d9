using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Eks;

/// <summary>EKS auth (SigV4: structure, key id, scope, date, then the signature) and the AWS rest-json error answer.</summary>
internal sealed partial class EksDialect(EmulatorContext emu, EksEmulatorEndpoint credentials, ISignatureVerifier verifier) : IProviderDialect
{
    public EmulatedProvider Provider => EmulatedProvider.Eks;

    public string RequestIdHeader => "x-amzn-RequestId";

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[^/,\s]+)/(?<date>\d{8})/(?<region>[^/,\s]+)/(?<service>[^/,\s]+)/aws4_request,\s*SignedHeaders=(?<headers>[a-z0-9;\-]+),\s*Signature=(?<sig>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();

    public async ValueTask<EmuResult?> AuthenticateAsync(HttpContext context)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0) return Error(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
        var match = AuthorizationPattern().Match(authorization);
        if (!match.Success) return Error(403, "IncompleteSignatureException", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' for AWS4-HMAC-SHA256.");
        if (match.Groups["key"].Value != credentials.AccessKeyId) return Error(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
        if (match.Groups["region"].Value != credentials.Region || match.Groups["service"].Value != "eks")
        {
            return Error(403, "InvalidSignatureException", $"Credential should be scoped to a valid region and service: {credentials.Region}/eks.");
        }

        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            return Error(403, "IncompleteSignatureException", "The X-Amz-Date header is missing or not in yyyyMMddTHHmmssZ form.");
        }

        if (!amzDate.StartsWith(match.Groups["date"].Value, StringComparison.Ordinal)) return Error(403, "InvalidSignatureException", "The credential scope date does not match X-Amz-Date.");
        var skew = emu.Options.EksClockSkew;
        if ((signedAt - emu.Now).Duration() > skew && (signedAt - DateTimeOffset.UtcNow).Duration() > skew)
        {
            return Error(403, "InvalidSignatureException", $"Signature expired: {amzDate} is too far from the server time.");
        }

        var signed = match.Groups["headers"].Value.Split(';');
        if (!signed.Contains("host") || !signed.Contains("x-amz-date")) return Error(403, "InvalidSignatureException", "SignedHeaders must include host and x-amz-date.");
        if (!emu.Options.VerifyEksSignatures) return null;

        var signedRequest = await DescribeAsync(context, amzDate, string.Join('/', match.Groups["date"].Value, credentials.Region, "eks", "aws4_request"), signed, match.Groups["sig"].Value);
        return verifier.Verify(signedRequest, credentials.SecretAccessKey)
            ? null
            : Error(403, "InvalidSignatureException", "The request signature we calculated does not match the signature you provided.");
    }

    public EmuResult Fault(int status, string message, TimeSpan? retryAfter) => status switch
    {
        429 => Error(429, "ThrottlingException", "Rate exceeded"),
        503 => Error(503, "ServiceUnavailableException", message),
        _ => Error(500, "ServerException", message),
    };

    public EmuResult Refuse(int status, string message) =>
        Error(status, status switch { 404 or 405 => "UnknownOperationException", 400 => "BadRequestException", _ => "ServerException" }, message);

    public static EmuResult Error(int status, string type, string message) =>
        EmuResult.Json(status, new JsonObject { ["message"] = message })
            .WithHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazonaws.eks/");

    private static async Task<SigV4Request> DescribeAsync(HttpContext context, string amzDate, string scope, string[] signed, string signature)
    {
        var request = context.Request;
        request.EnableBuffering();
        var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        request.Body.Position = 0;
        var payloadHash = request.Headers["x-amz-content-sha256"].ToString() is { Length: > 0 } given ? given : SigV4SignatureVerifier.Hex(SHA256.HashData(body.ToArray()));
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.PathBase + request.Path + request.QueryString).ToString();
        var q = target.IndexOf('?', StringComparison.Ordinal);
        var headers = signed.ToDictionary(h => h, h => string.Join(',', request.Headers[h].Select(v => MultiSpace().Replace(v?.Trim() ?? "", " "))));
        return new SigV4Request(request.Method, q < 0 ? target : target[..q], q < 0 ? "" : target[(q + 1)..], headers, payloadHash, amzDate, scope, signed, signature);
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultiSpace();
}
