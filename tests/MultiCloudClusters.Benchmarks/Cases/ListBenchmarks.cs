using BenchmarkDotNet.Attributes;
using MultiCloudClusters.Benchmarks.Baseline;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Benchmarks.Cases;

/// <summary>(2) List 100,000 LakeSail connections over 1,000 marker pages. Target: ≥ 1.0× the baseline's throughput.</summary>
[MemoryDiagnoser]
public class ListLakeSail
{
    public const int Pages = 1000;
    private BenchServer _server = null!;
    private RawClients _raw = null!;
    private LakeSailConnectionProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync(Pages).ConfigureAwait(false);
        _raw = new RawClients(_server);
        _provider = LibraryProviders.LakeSail(_server);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + STJ source-gen, marker loop")]
    public async Task<int> Baseline()
    {
        var count = await _raw.ListLakeSailAsync(Payloads.PageSize).ConfigureAwait(false);
        return count == Pages * Payloads.PageSize ? count : throw new InvalidOperationException($"saw {count}");
    }

    [Benchmark(Description = "LakeSailConnectionProvider.ListConnectionsAsync")]
    public async Task<int> Library()
    {
        var count = 0;
        await foreach (var connection in _provider.ListConnectionsAsync(new ConnectionQuery { PageSize = Payloads.PageSize }).ConfigureAwait(false))
        {
            count += connection.Id is null ? 0 : 1;
        }

        return count == Pages * Payloads.PageSize ? count : throw new InvalidOperationException($"saw {count}");
    }
}

/// <summary>(2) List 100,000 AME clusters over 1,000 Spring pages (<c>page</c>/<c>size</c>, stop at <c>last</c>).</summary>
[MemoryDiagnoser]
public class ListAme
{
    public const int Pages = 1000;
    private BenchServer _server = null!;
    private RawClients _raw = null!;
    private AmeClusterProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync(Pages).ConfigureAwait(false);
        _raw = new RawClients(_server);
        _provider = LibraryProviders.Ame(_server);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + STJ source-gen, page loop")]
    public async Task<int> Baseline()
    {
        var count = await _raw.ListAmeAsync(LibraryProviders.AmeOrganisation, Payloads.PageSize).ConfigureAwait(false);
        return count == Pages * Payloads.PageSize ? count : throw new InvalidOperationException($"saw {count}");
    }

    [Benchmark(Description = "AmeClusterProvider.ListClustersAsync")]
    public async Task<int> Library()
    {
        var count = 0;
        await foreach (var cluster in _provider.ListClustersAsync(new ClusterQuery { PageSize = Payloads.PageSize }).ConfigureAwait(false))
        {
            count += cluster.Id is null ? 0 : 1;
        }

        return count == Pages * Payloads.PageSize ? count : throw new InvalidOperationException($"saw {count}");
    }
}

/// <summary>(2) List 100,000 OKS clusters (about 1.9 KB each) of one project over 1,000 cursor pages (<c>Pagination.cursor.next_cursor</c>).</summary>
[MemoryDiagnoser]
public class ListOks
{
    public const int Pages = 1000;
    private static readonly OksClusterQuery Query = new() { ProjectId = Payloads.OksProjectId, PageSize = Payloads.PageSize };
    private BenchServer _server = null!;
    private RawClients _raw = null!;
    private OksClusterProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync(Pages).ConfigureAwait(false);
        _raw = new RawClients(_server);
        _provider = LibraryProviders.Oks(_server);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + STJ source-gen, cursor loop")]
    public async Task<int> Baseline()
    {
        var count = await _raw.ListOksAsync(Payloads.OksProjectId, Payloads.PageSize).ConfigureAwait(false);
        return count == Pages * Payloads.PageSize ? count : throw new InvalidOperationException($"saw {count}");
    }

    [Benchmark(Description = "OksClusterProvider.ListClustersAsync(OksClusterQuery)")]
    public async Task<int> Library()
    {
        var count = 0;
        await foreach (var cluster in _provider.ListClustersAsync(Query).ConfigureAwait(false))
        {
            count += cluster.Id is null ? 0 : 1;
        }

        return count == Pages * Payloads.PageSize ? count : throw new InvalidOperationException($"saw {count}");
    }
}
