using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using MultiCloudClusters.Benchmarks.Baseline;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Benchmarks.Cases;

/// <summary>
/// Not a target: splits the OKS get-cluster overhead into (a) the generated client and its source-generated JSON,
/// over a plain HttpClient; (b) the same generated client through the provider's handler chain (<c>provider.Api</c>);
/// (b2) the same with the request-id capture the public methods start; (c) the full public call (adds <c>ProviderCall</c>
/// and the mapping to <c>ClusterInfo</c>).
/// </summary>
[MemoryDiagnoser]
public class BreakdownGetOks
{
    private BenchServer _server = null!;
    private RawClients _raw = null!;
    private HttpClient _plain = null!;
    private OksClusterProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync().ConfigureAwait(false);
        _raw = new RawClients(_server);
        _plain = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = _server.Oks };
        _plain.DefaultRequestHeaders.TryAddWithoutValidation("AccessKey", RawClients.OksAccessKey);
        _plain.DefaultRequestHeaders.TryAddWithoutValidation("SecretKey", RawClients.OksSecretKey);
        _provider = LibraryProviders.Oks(_server);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        _plain.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true)]
    public async Task<string?> Raw() => (await _raw.GetOksClusterAsync(Payloads.OksClusterId).ConfigureAwait(false)).Id;

    [Benchmark]
    public async Task<string?> GeneratedClientPlainHttp() =>
        (await new MultiCloudClusters.Providers.Oks.Generated.OksApiClient(_plain).GetClusterAsync(Payloads.OksClusterId).ConfigureAwait(false)).Cluster?.Id;

    [Benchmark]
    public async Task<string?> GeneratedClientThroughPipeline() =>
        (await _provider.Api.GetClusterAsync(Payloads.OksClusterId).ConfigureAwait(false)).Cluster?.Id;

    [Benchmark]
    public async Task<string?> PipelineWithCapture()
    {
        using var capture = MultiCloudClusters.Http.RequestIdCapture.Start();
        return (await _provider.Api.GetClusterAsync(Payloads.OksClusterId).ConfigureAwait(false)).Cluster?.Id;
    }

    [Benchmark]
    public async Task<string?> PublicApi() => (await _provider.GetClusterAsync(Payloads.OksClusterId).ConfigureAwait(false)).Id;
}

/// <summary>Not a target: the same split for LakeSail listing, 100 pages of 100.</summary>
[MemoryDiagnoser]
public class BreakdownListLakeSail
{
    private const int Pages = 100;
    private BenchServer _server = null!;
    private RawClients _raw = null!;
    private HttpClient _plain = null!;
    private LakeSailConnectionProvider _provider = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchServer.StartAsync(Pages).ConfigureAwait(false);
        _raw = new RawClients(_server);
        _plain = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = _server.LakeSail };
        _plain.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RawClients.LakeSailToken);
        _provider = LibraryProviders.LakeSail(_server);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        _plain.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    [Benchmark(Baseline = true)]
    public Task<int> Raw() => _raw.ListLakeSailAsync(Payloads.PageSize);

    [Benchmark]
    public Task<int> GeneratedClientPlainHttp() => ListAsync(() => new MultiCloudClusters.Providers.LakeSail.Generated.LakeSailApiClient(_plain));

    [Benchmark]
    public Task<int> GeneratedClientThroughPipeline() => ListAsync(() => _provider.Api);

    [Benchmark]
    public async Task<int> PipelineWithCaptureAndCall()
    {
        var count = 0;
        string? marker = null;
        do
        {
            using var capture = MultiCloudClusters.Http.RequestIdCapture.Start();
            var api = _provider.Api;
            var m = marker;
            var page = await MultiCloudClusters.Http.ProviderCall.RunAsync("lakesail", () => api.ListConnectionsAsync(Payloads.PageSize, m)).ConfigureAwait(false);
            count += page.Items?.Count ?? 0;
            marker = string.IsNullOrEmpty(page.Marker) ? null : page.Marker;
        }
        while (marker is not null);

        return count;
    }

    [Benchmark]
    public async Task<int> PublicApiPages()
    {
        var count = 0;
        await foreach (var page in _provider.ListConnectionsAsync(new ConnectionQuery { PageSize = Payloads.PageSize }).AsPages().ConfigureAwait(false))
        {
            count += page.Values.Count;
        }

        return count;
    }

    [Benchmark]
    public async Task<int> PublicApi()
    {
        var count = 0;
        await foreach (var connection in _provider.ListConnectionsAsync(new ConnectionQuery { PageSize = Payloads.PageSize }).ConfigureAwait(false))
        {
            count += connection.Id is null ? 0 : 1;
        }

        return count;
    }

    private static async Task<int> ListAsync(Func<MultiCloudClusters.Providers.LakeSail.Generated.ILakeSailApiClient> api)
    {
        var count = 0;
        string? marker = null;
        do
        {
            var page = await api().ListConnectionsAsync(Payloads.PageSize, marker).ConfigureAwait(false);
            count += page.Items?.Count ?? 0;
            marker = string.IsNullOrEmpty(page.Marker) ? null : page.Marker;
        }
        while (marker is not null);

        return count;
    }
}
