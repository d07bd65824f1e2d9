using BenchmarkDotNet.Attributes;
using MultiCloudClusters.Benchmarks.Baseline;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Benchmarks.Cases;

/// <summary>(1) Get one OKS cluster (a ~2 KB <c>{ResponseContext, Cluster}</c> envelope). Target: ≤ 1.15× time, ≤ 2× allocated.</summary>
[MemoryDiagnoser]
[IterationCount(11)] // microsecond-scale: more iterations than the short job's 5, the machine is noisy
public class GetOksCluster
{
    private BenchServer _server = null!;
    private RawClients _raw = null!;
    private OksClusterProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync().ConfigureAwait(false);
        _raw = new RawClients(_server);
        _provider = LibraryProviders.Oks(_server);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + STJ source-gen")]
    public async Task<string?> Baseline() => (await _raw.GetOksClusterAsync(Payloads.OksClusterId).ConfigureAwait(false)).Id;

    [Benchmark(Description = "OksClusterProvider.GetClusterAsync")]
    public async Task<string?> Library() => (await _provider.GetClusterAsync(Payloads.OksClusterId).ConfigureAwait(false)).Id;
}

/// <summary>(1) Get one EKS cluster (DescribeCluster, ~2 KB <c>{cluster:{…}}</c>), SigV4-signed on both sides.</summary>
[MemoryDiagnoser]
[IterationCount(11)] // microsecond-scale: more iterations than the short job's 5, the machine is noisy
public class GetEksCluster
{
    private BenchServer _server = null!;
    private RawClients _raw = null!;
    private EksClusterProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync().ConfigureAwait(false);
        _raw = new RawClients(_server);
        _provider = LibraryProviders.Eks(_server);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    /// <remarks>Signs with the library's public <see cref="SigV4Signer"/>: the signing cost is identical on both sides.</remarks>
    [Benchmark(Baseline = true, Description = "raw HttpClient + SigV4Signer + STJ source-gen")]
    public async Task<string?> Baseline() => (await _raw.DescribeEksClusterAsync(Payloads.EksClusterName).ConfigureAwait(false)).Name;

    [Benchmark(Description = "EksClusterProvider.GetClusterAsync")]
    public async Task<string?> Library() => (await _provider.GetClusterAsync(Payloads.EksClusterName).ConfigureAwait(false)).Id;
}
