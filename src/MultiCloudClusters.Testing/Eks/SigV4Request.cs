namespace MultiCloudClusters.Emulator.Eks;

/// <summary>A request as SigV4 sees it: the parts that are signed, and the parsed <c>Authorization</c> header.</summary>
internal sealed record SigV4Request(
    string Method,
    string RawPath,
    string RawQuery,
    IReadOnlyDictionary<string, string> Headers,
    string PayloadSha256Hex,
    string AmzDate,
    string CredentialScope,
    IReadOnlyList<string> SignedHeaders,
    string Signature);
