using MultiCloudClusters.Providers.Ame;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>
/// The request id of a successful AME answer on what the call returns. AME documents no request-id header; the
/// library reads the same headers as for errors (<c>x-request-id</c>, <c>x-correlation-id</c>, …).
/// </summary>
public sealed class AmeRequestIdTests : IDisposable
{
    private const string ClusterId = "production/production-eu";
    private const string ClusterPath = "/api/v1/orgs/acme/clusters/production/production-eu";
    private readonly AmeWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Get_carries_the_header_id_on_the_cluster_and_its_native_model()
    {
        RequestIds.Answer(_wire.Server, "GET", ClusterPath, 200, AmeSamples.Cluster(), "req-ame-get");

        var cluster = await _wire.Provider.GetClusterAsync(ClusterId);

        Assert.Equal("req-ame-get", cluster.RequestId);
        Assert.Equal("req-ame-get", cluster.GetNative<AmeCluster>().RequestId);
    }

    [Fact]
    public async Task A_correlation_id_header_is_read_too()
    {
        RequestIds.Answer(_wire.Server, "GET", ClusterPath, 200, AmeSamples.Cluster(), "corr-7", header: "x-correlation-id");

        var cluster = await _wire.Provider.GetClusterAsync(ClusterId);

        Assert.Equal("corr-7", cluster.RequestId);
    }

    [Fact]
    public async Task Without_a_request_id_header_it_is_null()
    {
        RequestIds.Answer(_wire.Server, "GET", ClusterPath, 200, AmeSamples.Cluster(), requestId: null);

        var cluster = await _wire.Provider.GetClusterAsync(ClusterId);

        Assert.Null(cluster.RequestId);
        Assert.Null(cluster.GetNative<AmeCluster>().RequestId);
    }

    [Fact]
    public async Task A_hostile_header_is_cleaned()
    {
        await using var server = RequestIds.HostileHeaderServer(AmeSamples.Cluster());
        var provider = new AmeClusterProvider(AmeWire.Options(server.Root.AbsoluteUri));

        var cluster = await provider.GetClusterAsync(ClusterId);

        RequestIds.AssertCleanedHeader(cluster.RequestId);
    }

    [Fact]
    public async Task Listed_clusters_and_node_pools_carry_the_id_of_the_answer_they_came_in()
    {
        RequestIds.Answer(_wire.Server, "GET", "/api/v1/orgs/acme/clusters", 200, AmeSamples.Page(0, last: true, AmeSamples.Cluster(), AmeSamples.Cluster("batch")), "req-page");
        RequestIds.Answer(_wire.Server, "GET", ClusterPath + "/pools", 200, "[" + AmeSamples.NodePool + "," + AmeSamples.NodePool + "]", "req-pools");

        var clusters = await _wire.Provider.ListClustersAsync().ToListAsync();
        var pools = await _wire.Provider.ListNodePoolsAsync(ClusterId);

        Assert.Equal(["req-page", "req-page"], clusters.Select(c => c.RequestId));
        Assert.Equal(["req-pools", "req-pools"], pools.Select(p => p.RequestId));
    }

    [Fact]
    public async Task Configs_and_the_kubeconfig_built_from_the_oidc_config_carry_their_answers_ids()
    {
        RequestIds.Answer(_wire.Server, "GET", ClusterPath + "/join-config", 200, AmeSamples.JoinConfig, "req-join");
        RequestIds.Answer(_wire.Server, "GET", ClusterPath + "/oidc-config", 200, AmeSamples.OidcConfig, "req-oidc");

        var join = await _wire.Provider.GetJoinConfigAsync(ClusterId);
        var oidc = await _wire.Provider.GetOidcConfigAsync(ClusterId);
        var kubeconfig = await _wire.Provider.GetKubeconfigAsync(ClusterId);

        Assert.Equal("req-join", join.RequestId);
        Assert.Equal("req-oidc", oidc.RequestId);
        Assert.Equal("req-oidc", kubeconfig.RequestId);
    }
}
