using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>
/// The request id of a successful Imply answer on what the call returns. Imply documents no request-id header; the
/// library reads the same headers as for errors (<c>x-request-id</c>, <c>x-correlation-id</c>, …).
/// </summary>
public sealed class ImplyRequestIdTests : IDisposable
{
    private const string ClusterPath = ImplyHarness.Prefix + "/clusters/" + ImplyHarness.ClusterId;
    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Get_carries_the_header_id_on_the_cluster_and_its_native_model()
    {
        RequestIds.Answer(_h.Server, "GET", ClusterPath, 200, ImplyHarness.ClusterJson, "req-imply-get");

        var cluster = await _h.Provider().GetClusterAsync(ImplyHarness.ClusterId);

        Assert.Equal("req-imply-get", cluster.RequestId);
        Assert.Equal("req-imply-get", cluster.GetNative<ImplyCluster>().RequestId);
    }

    [Fact]
    public async Task Without_a_request_id_header_it_is_null()
    {
        RequestIds.Answer(_h.Server, "GET", ClusterPath, 200, ImplyHarness.ClusterJson, requestId: null);

        var cluster = await _h.Provider().GetClusterAsync(ImplyHarness.ClusterId);

        Assert.Null(cluster.RequestId);
        Assert.Null(cluster.GetNative<ImplyCluster>().RequestId);
    }

    [Fact]
    public async Task A_hostile_header_is_cleaned()
    {
        await using var server = RequestIds.HostileHeaderServer(ImplyHarness.ClusterJson);

        var cluster = await _h.Provider(o => o.Endpoint = new Uri(server.Root, ImplyHarness.Prefix)).GetClusterAsync(ImplyHarness.ClusterId);

        RequestIds.AssertCleanedHeader(cluster.RequestId);
    }

    [Fact]
    public async Task Listed_clusters_and_a_change_carry_the_id_of_their_answers()
    {
        RequestIds.Answer(_h.Server, "GET", ImplyHarness.Prefix + "/clusters", 200, $"[{ImplyHarness.ClusterJson},{ImplyHarness.ClusterJson}]", "req-list");
        RequestIds.Answer(_h.Server, "PATCH", ClusterPath, 200, ImplyHarness.ClusterJson, "req-patch");

        var provider = _h.Provider();
        var clusters = await provider.ListClustersAsync().ToListAsync();
        var stopped = await provider.StopClusterAsync(ImplyHarness.ClusterId);

        Assert.Equal(["req-list", "req-list"], clusters.Select(c => c.RequestId));
        Assert.Equal("req-patch", stopped.RequestId);
    }
}
