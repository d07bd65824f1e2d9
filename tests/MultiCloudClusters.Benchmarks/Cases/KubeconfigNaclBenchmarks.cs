using BenchmarkDotNet.Attributes;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Oks;
using Sodium;

namespace MultiCloudClusters.Benchmarks.Cases;

/// <summary>
/// (4) A 16 KB OKS kubeconfig through NaCl (key generation, POST with <c>x-encrypt-nacl</c>, sealed-box open)
/// against the same round trip in clear text (GET), and, in the same run, the cryptography alone: the client's
/// (a fresh X25519 key pair and opening the sealed box with libsodium) and the server's (its whole sealed answer:
/// <see cref="BenchServer.SealedAnswer"/>, the method it serves with). Target: (NaCl − plain) ≤ 1.1 × the client's cryptography.
/// </summary>
/// <remarks>
/// The server seals with libsodium's <c>crypto_box_seal</c> in the same process on the same cores, so its sealing
/// time (an X25519 key pair, one X25519 agreement and an XSalsa20-Poly1305 pass over 16 KB) is inside the NaCl
/// round trip too; <c>run.sh</c> shows the ratio with it and without it.
/// </remarks>
[MemoryDiagnoser]
[IterationCount(11)] // microsecond-scale: more iterations than the short job's 5, the machine is noisy
public class KubeconfigNacl
{
    private static readonly KubeconfigRequest PlainRequest = new() { Encrypted = false };
    private static readonly KubeconfigRequest SealedRequest = new() { Encrypted = true };
    private BenchServer _server = null!;
    private OksClusterProvider _provider = null!;
    private byte[] _recipientPrivate = null!;
    private byte[] _recipientPublic = null!;
    private string _recipientPublicBase64 = null!;
    private byte[] _box = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync().ConfigureAwait(false);
        _provider = LibraryProviders.Oks(_server);
        var recipient = PublicKeyBox.GenerateKeyPair();
        (_recipientPrivate, _recipientPublic) = (recipient.PrivateKey, recipient.PublicKey);
        _recipientPublicBase64 = Convert.ToBase64String(_recipientPublic);
        _box = SealedPublicKeyBox.Create(Payloads.KubeconfigBytes, _recipientPublic);
        var plain = await Plain().ConfigureAwait(false);
        var sealedOne = await Nacl().ConfigureAwait(false);
        if (plain.Content != Payloads.Kubeconfig || sealedOne.Content != Payloads.Kubeconfig || !sealedOne.WasEncryptedInTransit)
        {
            throw new InvalidOperationException("the kubeconfig did not come back intact");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _server.DisposeAsync().ConfigureAwait(false);

    [Benchmark(Baseline = true, Description = "GetKubeconfigAsync, Encrypted = false")]
    public Task<global::MultiCloudClusters.Clusters.Kubeconfig> Plain() => _provider.GetKubeconfigAsync(Payloads.OksClusterId, PlainRequest);

    [Benchmark(Description = "GetKubeconfigAsync, Encrypted = true (NaCl)")]
    public Task<global::MultiCloudClusters.Clusters.Kubeconfig> Nacl() => _provider.GetKubeconfigAsync(Payloads.OksClusterId, SealedRequest);

    /// <remarks>
    /// The floor on the client: what any NaCl client must do per call. A fresh pair, then a sealed box opened
    /// (made once in set-up for a fixed pair: opening costs the same whatever the key).
    /// </remarks>
    [Benchmark(Description = "client cryptography alone: fresh X25519 key pair + crypto_box_seal_open 16 KB")]
    public int CryptoAlone()
    {
        var fresh = PublicKeyBox.GenerateKeyPair();
        return SealedPublicKeyBox.Open(_box, _recipientPrivate, _recipientPublic).Length + fresh.PublicKey.Length;
    }

    [Benchmark(Description = "server's sealed answer alone: key read, crypto_box_seal 16 KB, Base64, envelope (the bench server's own method)")]
    public int ServerSeal() => BenchServer.SealedAnswer(_recipientPublicBase64).Length;
}
