namespace MultiCloudClusters.Emulator.Eks;

/// <summary>
/// Recomputes a SigV4 signature and compares it with the one sent. The header's structure, key id, scope
/// and date are checked before this is called; this is the only place that needs the signing algorithm.
/// </summary>
internal interface ISignatureVerifier
{
    /// <summary>Whether <paramref name="request"/>'s signature is the one <paramref name="secretAccessKey"/> gives.</summary>
    bool Verify(SigV4Request request, string secretAccessKey);
}
