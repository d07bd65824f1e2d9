using System.Text.Json;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// The request id of a successful OKS answer on what the call returns: OKS puts it in the body
/// (<c>ResponseContext.RequestId</c>), which wins over a request-id header; the header is used when the body has none.
/// </summary>
public sealed class OksRequestIdTests : IDisposable
{
    private static readonly string ClusterPath = $"/clusters/{OksHarness.ClusterId}";
    private readonly OksHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Get_carries_the_body_request_id_on_the_cluster_and_its_native_model()
    {
        _h.Answer("GET", ClusterPath, 200, Envelope("req-oks-get", "Cluster", OksHarness.Cluster()));

        var cluster = await _h.Provider.GetClusterAsync(OksHarness.ClusterId);

        Assert.Equal("req-oks-get", cluster.RequestId);
        Assert.Equal("req-oks-get", cluster.GetNative<OksCluster>().RequestId);
    }

    [Fact]
    public async Task The_body_request_id_wins_over_a_header()
    {
        _h.Answer("GET", ClusterPath, 200, Envelope("req-body", "Cluster", OksHarness.Cluster()), ("x-request-id", "req-header"));

        var cluster = await _h.Provider.GetClusterAsync(OksHarness.ClusterId);

        Assert.Equal("req-body", cluster.RequestId);
    }

    [Fact]
    public async Task A_header_is_used_when_the_body_has_no_request_id()
    {
        _h.Answer("GET", ClusterPath, 200, $$"""{"ResponseContext":{},"Cluster":{{OksHarness.Cluster()}}}""", ("x-request-id", "req-header"));

        var cluster = await _h.Provider.GetClusterAsync(OksHarness.ClusterId);

        Assert.Equal("req-header", cluster.RequestId);
    }

    [Fact]
    public async Task Without_a_request_id_in_body_or_headers_it_is_null()
    {
        _h.Answer("GET", ClusterPath, 200, $$"""{"Cluster":{{OksHarness.Cluster()}}}""");

        var cluster = await _h.Provider.GetClusterAsync(OksHarness.ClusterId);

        Assert.Null(cluster.RequestId);
        Assert.Null(cluster.GetNative<OksCluster>().RequestId);
    }

    [Fact]
    public async Task A_hostile_body_request_id_is_cleaned()
    {
        _h.Answer("GET", ClusterPath, 200, Envelope(RequestIds.HostileBody, "Cluster", OksHarness.Cluster()));

        var cluster = await _h.Provider.GetClusterAsync(OksHarness.ClusterId);

        RequestIds.AssertCleanedBody(cluster.RequestId);
        RequestIds.AssertCleanedBody(cluster.GetNative<OksCluster>().RequestId);
    }

    [Fact]
    public async Task A_hostile_header_request_id_is_cleaned()
    {
        await using var server = RequestIds.HostileHeaderServer($$"""{"Cluster":{{OksHarness.Cluster()}}}""");
        var provider = _h.CreateProvider(o => o.Endpoint = new Uri(server.Root, OksHarness.Prefix + "/"));

        var cluster = await provider.GetClusterAsync(OksHarness.ClusterId);

        RequestIds.AssertCleanedHeader(cluster.RequestId);
    }

    [Fact]
    public async Task Each_listed_cluster_carries_the_id_of_the_page_it_came_in()
    {
        _h.AnswerWith("GET", "/clusters/all", (request, _) => request.Query?.ContainsKey("cursor") == true
            ? Reply.Ok(ListPage("req-page-2", next: null, "c-3"))
            : Reply.Ok(ListPage("req-page-1", next: "cur-2", "c-1", "c-2")));

        var clusters = await _h.Provider.ListClustersAsync().ToListAsync();

        Assert.Equal(["c-1", "c-2", "c-3"], clusters.Select(c => c.Id));
        Assert.Equal(["req-page-1", "req-page-1", "req-page-2"], clusters.Select(c => c.RequestId));
        Assert.Equal(["req-page-1", "req-page-1", "req-page-2"], clusters.Select(c => c.GetNative<OksCluster>().RequestId));
    }

    [Fact]
    public async Task An_upgrade_carries_the_id_of_its_last_answer()
    {
        _h.Answer("PATCH", ClusterPath, 200, Envelope("req-set-version", "Cluster", OksHarness.Cluster()));
        _h.Answer("PATCH", ClusterPath + "/upgrade", 200, Envelope("req-upgrade", "Cluster", OksHarness.Cluster(status: "upgrading", version: "1.32")));

        var cluster = await _h.Provider.UpgradeClusterAsync(OksHarness.ClusterId, "1.32");

        Assert.Equal(2, _h.Requests.Count);
        Assert.Equal("req-upgrade", cluster.RequestId);
    }

    [Fact]
    public async Task Projects_quotas_nets_and_kubeconfigs_carry_their_answers_ids()
    {
        const string project = """{"id":"prj-1","name":"shop","status":"ready"}""";
        _h.Answer("GET", "/projects/prj-1", 200, Envelope("req-project", "Project", project));
        _h.Answer("GET", "/quotas", 200, Envelope("req-quotas", "Quotas", """{"Projects":3}"""));
        _h.Answer("GET", "/projects/prj-1/nets", 200, Envelope("req-nets", "Nets", """[{"NetId":"vpc-1"},{"NetId":"vpc-2"}]"""));
        _h.Answer("GET", ClusterPath + "/kubeconfig", 200, Envelope("req-kube", "Cluster", """{"data":{"kubeconfig":"apiVersion: v1"}}"""));

        var gotProject = await _h.Provider.GetProjectAsync("prj-1");
        var quotas = await _h.Provider.GetQuotasAsync();
        var nets = await _h.Provider.ListProjectNetsAsync("prj-1");
        var kubeconfig = await _h.Provider.GetKubeconfigAsync(OksHarness.ClusterId, new KubeconfigRequest { Encrypted = false });

        Assert.Equal("req-project", gotProject.RequestId);
        Assert.Equal("req-quotas", quotas.RequestId);
        Assert.Equal(["req-nets", "req-nets"], nets.Select(n => n.RequestId));
        Assert.Equal("req-kube", kubeconfig.RequestId);
    }

    private static string Envelope(string requestId, string member, string json) =>
        $$"""{"ResponseContext":{"RequestId":{{JsonSerializer.Serialize(requestId)}}},"{{member}}":{{json}}}""";

    private static string ListPage(string requestId, string? next, params string[] ids)
    {
        var cursor = next is null ? "null" : $"{{\"next_cursor\":\"{next}\"}}";
        var clusters = string.Join(",", ids.Select(id => OksHarness.Cluster(id, "name-" + id)));
        return $$"""{"ResponseContext":{"RequestId":"{{requestId}}"},"Pagination":{"cursor":{{cursor}},"offset":null},"Clusters":[{{clusters}}]}""";
    }
}
