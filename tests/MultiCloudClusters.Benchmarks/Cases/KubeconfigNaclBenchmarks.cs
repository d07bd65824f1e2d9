using BenchmarkDotNet.Attributes;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Benchmarks.Cases;

/// <summary>
/// (4) A 16 KB OKS kubeconfig through NaCl (key generation, POST with <c>x-encrypt-nacl</c>, sealed-box open)
/// against the same round trip in clear text (GET). Target: ≤ 1.2×.
/// </summary>
/// <remarks>
/// The server seals with libsodium's <c>crypto_box_seal</c> in the same process, so its sealing time (one X25519
/// and an XSalsa20-Poly1305 pass over 16 KB) is inside the measured time too.
/// </remarks>
[MemoryDiagnoser]
[IterationCount(11)] // microsecond-scale: more iterations than the short job's 5, the machine is noisy
public class KubeconfigNacl
{
    private static readonly KubeconfigRequest PlainRequest = new() { Encrypted = false };
    private static readonly KubeconfigRequest SealedRequest = new() { Encrypted = true };
    private BenchServer _server = null!;
    private OksClusterProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync().ConfigureAwait(false);
        _provider = LibraryProviders.Oks(_server);
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
}
