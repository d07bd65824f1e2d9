using BenchmarkDotNet.Attributes;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Benchmarks.Cases;

/// <summary>
/// (3) Cross-provider inventory: <see cref="ClusterCatalog.ListAllClustersAsync(IEnumerable{IClusterProvider}, ClusterQuery?, int, CancellationToken)"/>
/// over five providers whose list endpoint answers after 50 ms, against listing each provider alone.
/// Target: the five together ≤ 1.3× the slowest single provider (the calls overlap).
/// </summary>
/// <remarks>
/// LakeSail manages connections, not clusters, so the five cluster providers are OKS, EKS, AME, Imply and a
/// second OKS provider (its own HttpClient and pipeline). EKS lists names (50 ms) and then describes each of its
/// four clusters (no delay, four at a time), so it is the slowest single provider and the baseline.
/// </remarks>
[MemoryDiagnoser]
public class Inventory
{
    private BenchServer _server = null!;
    private IClusterProvider _oks = null!;
    private IClusterProvider _oks2 = null!;
    private IClusterProvider _eks = null!;
    private IClusterProvider _ame = null!;
    private IClusterProvider _imply = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync().ConfigureAwait(false);
        _oks = LibraryProviders.Oks(_server);
        _oks2 = LibraryProviders.Oks(_server);
        _eks = LibraryProviders.Eks(_server);
        _ame = LibraryProviders.Ame(_server, LibraryProviders.AmeSlowOrganisation);
        _imply = LibraryProviders.Imply(_server);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _server.DisposeAsync().ConfigureAwait(false);

    [Benchmark(Baseline = true, Description = "one provider: EKS")]
    public Task<int> SingleEks() => CountAsync(_eks);

    [Benchmark(Description = "one provider: OKS")]
    public Task<int> SingleOks() => CountAsync(_oks);

    [Benchmark(Description = "one provider: AME")]
    public Task<int> SingleAme() => CountAsync(_ame);

    [Benchmark(Description = "one provider: Imply")]
    public Task<int> SingleImply() => CountAsync(_imply);

    [Benchmark(Description = "ClusterCatalog.ListAllClustersAsync, 5 providers")]
    public async Task<int> FiveProviders()
    {
        var count = 0;
        await foreach (var entry in ClusterCatalog.ListAllClustersAsync([_oks, _oks2, _eks, _ame, _imply]).ConfigureAwait(false))
        {
            count += entry.IsError ? throw new InvalidOperationException(entry.ToString()) : 1;
        }

        return count == 44 ? count : throw new InvalidOperationException($"saw {count}");
    }

    private static async Task<int> CountAsync(IClusterProvider provider)
    {
        var count = 0;
        await foreach (var cluster in provider.ListClustersAsync().ConfigureAwait(false))
        {
            count += cluster.Id is null ? 0 : 1;
        }

        return count;
    }
}
