using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>
/// Imply's optional <c>pretty</c> switch (with <c>dryRun</c> and <c>force</c> where the spec has them): the exact query
/// each call sends with the switch on, and that nothing is sent with it off.
/// </summary>
public sealed class ImplyQueryFlagTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;
    private readonly ImplyHarness _h = new();

    public ImplyQueryFlagTests()
    {
        _h.Answer("GET", "/clusters", 200, $"[{ImplyHarness.ClusterJson}]");
        foreach (var method in new[] { "GET", "PATCH", "PUT" })
        {
            _h.Answer(method, "/clusters/" + Id, 200, ImplyHarness.ClusterJson);
        }

        _h.Answer("POST", "/clusters", 200, ImplyHarness.ClusterJson);
    }

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "?pretty=true")]
    public async Task List_sends_pretty_only_when_asked(bool pretty, string query)
    {
        await _h.Provider().ListClustersAsync(new ImplyReadOptions { Pretty = pretty }).ToListAsync();

        Assert.Equal(query, ImplyHarness.Query(_h.SingleApiRequest("GET", "/clusters")));
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "?pretty=true")]
    public async Task Get_sends_pretty_only_when_asked(bool pretty, string query)
    {
        var cluster = await _h.Provider().GetClusterAsync(Id, new ImplyReadOptions { Pretty = pretty });

        Assert.Equal(query, ImplyHarness.Query(_h.SingleApiRequest("GET", "/clusters/" + Id)));
        Assert.Equal(Id, cluster.Id);
    }

    [Fact]
    public async Task The_unified_reads_send_no_switch()
    {
        var provider = _h.Provider();

        await provider.ListClustersAsync().ToListAsync();
        await provider.GetClusterAsync(Id);

        Assert.All(_h.ApiRequests(), entry => Assert.Equal(string.Empty, ImplyHarness.Query(entry)));
    }

    [Theory]
    [InlineData(false, false, "")]
    [InlineData(false, true, "?pretty=true")]
    [InlineData(true, true, "?dryRun=true&pretty=true")]
    public async Task Create_sends_pretty_beside_dry_run(bool dryRun, bool pretty, string query)
    {
        await _h.Provider().CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "test-1",
            Version = "2021.06",
            Options = new ImplyClusterOptions { DryRun = dryRun, Pretty = pretty },
        });

        Assert.Equal(query, ImplyHarness.Query(_h.SingleApiRequest("POST", "/clusters")));
    }

    [Theory]
    [InlineData(false, false, false, "")]
    [InlineData(false, false, true, "?pretty=true")]
    [InlineData(true, true, true, "?dryRun=true&force=true&pretty=true")]
    public async Task Update_sends_pretty_beside_dry_run_and_force(bool dryRun, bool force, bool pretty, string query)
    {
        await _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest
        {
            Tags = new Dictionary<string, string> { ["team"] = "analytics" },
            Options = new ImplyClusterOptions { DryRun = dryRun, Force = force, Pretty = pretty },
        });

        Assert.Equal(query, ImplyHarness.Query(_h.SingleApiRequest("PATCH", "/clusters/" + Id)));
    }

    [Theory]
    [InlineData(false, false, false, "")]
    [InlineData(false, false, true, "?pretty=true")]
    [InlineData(true, false, false, "?dryRun=true")]
    [InlineData(false, true, false, "?force=true")]
    [InlineData(true, true, true, "?dryRun=true&force=true&pretty=true")]
    public async Task Overwrite_with_options_sends_each_switch_only_when_on(bool dryRun, bool force, bool pretty, string query)
    {
        var provider = _h.Provider();
        var cluster = (await provider.GetClusterAsync(Id)).GetNative<ImplyCluster>();
        _h.Server.ResetLogEntries();

        await provider.OverwriteClusterAsync(Id, cluster, new ImplyOverwriteOptions { DryRun = dryRun, Force = force, Pretty = pretty });

        Assert.Equal(query, ImplyHarness.Query(_h.SingleApiRequest("PUT", "/clusters/" + Id)));
    }

    [Fact]
    public async Task The_unified_state_changes_send_no_switch()
    {
        var provider = _h.Provider();

        await provider.StopClusterAsync(Id);
        await provider.StartClusterAsync(Id);
        await provider.UpgradeClusterAsync(Id, "2024.01");

        Assert.Equal(3, _h.ApiRequests().Count);
        Assert.All(_h.ApiRequests(), entry => Assert.Equal(string.Empty, ImplyHarness.Query(entry)));
    }
}
