using System.Globalization;
using System.Security.Cryptography;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Eks;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>Signs test requests with SigV4 (the emulator's own algorithm, checked against the AWS example in the tests).</summary>
internal sealed class TestSigV4Handler(EksEmulatorEndpoint eks, string? secretOverride = null) : DelegatingHandler(new HttpClientHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var uri = request.RequestUri!;
        var headers = new Dictionary<string, string> { ["host"] = uri.Authority, ["x-amz-date"] = amzDate };
        var scope = $"{amzDate[..8]}/{eks.Region}/eks/aws4_request";
        var unsigned = new SigV4Request(request.Method.Method, uri.AbsolutePath, uri.Query.TrimStart('?'), headers,
            SigV4SignatureVerifier.Hex(SHA256.HashData(body)), amzDate, scope, ["host", "x-amz-date"], "");
        var signature = SigV4SignatureVerifier.Sign(unsigned, secretOverride ?? eks.SecretAccessKey);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={eks.AccessKeyId}/{scope}, SignedHeaders=host;x-amz-date, Signature={signature}");
        return await base.SendAsync(request, cancellationToken);
    }
}
