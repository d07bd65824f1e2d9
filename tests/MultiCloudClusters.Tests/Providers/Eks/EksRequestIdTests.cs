using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.Eks;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>The request id EKS sends in <c>x-amzn-RequestId</c> on what a successful call returns.</summary>
public sealed class EksRequestIdTests : IDisposable
{
    private const string Header = "x-amzn-RequestId";
    private readonly EksHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Describe_carries_the_header_id_on_the_cluster_and_its_native_model()
    {
        RequestIds.Answer(_host.Server, "GET", "/clusters/alpha", 200, EksJson.Cluster("alpha", "ACTIVE"), "5a1c7e2d-eks-describe", Header);

        var cluster = await _host.Provider.GetClusterAsync("alpha");

        Assert.Equal("5a1c7e2d-eks-describe", cluster.RequestId);
        Assert.Equal("5a1c7e2d-eks-describe", cluster.GetNative<EksCluster>().RequestId);
    }

    [Fact]
    public async Task Without_the_header_the_request_id_is_null()
    {
        RequestIds.Answer(_host.Server, "GET", "/clusters/alpha", 200, EksJson.Cluster("alpha", "ACTIVE"), requestId: null);

        var cluster = await _host.Provider.GetClusterAsync("alpha");

        Assert.Null(cluster.RequestId);
        Assert.Null(cluster.GetNative<EksCluster>().RequestId);
    }

    [Fact]
    public async Task A_hostile_header_is_cleaned()
    {
        await using var server = RequestIds.HostileHeaderServer(EksJson.Cluster("alpha", "ACTIVE"), Header);
        using var host = new EksHost(o => o.Endpoint = server.Root);

        var cluster = await host.Provider.GetClusterAsync("alpha");

        RequestIds.AssertCleanedHeader(cluster.RequestId);
    }

    [Fact]
    public async Task Each_listed_cluster_carries_the_id_of_its_own_describe_call_made_concurrently()
    {
        RequestIds.Answer(_host.Server, "GET", "/clusters", 200, """{ "clusters": ["alpha", "beta", "gamma", "delta", "epsilon"] }""", "req-list", Header);
        string[] names = ["alpha", "beta", "gamma", "delta", "epsilon"];
        foreach (var name in names)
        {
            RequestIds.Answer(_host.Server, "GET", "/clusters/" + name, 200, EksJson.Cluster(name, "ACTIVE"), "req-describe-" + name, Header);
        }

        var clusters = await _host.Provider.ListClustersAsync().ToListAsync();

        Assert.Equal(names, clusters.Select(c => c.Name));
        Assert.Equal(names.Select(n => "req-describe-" + n), clusters.Select(c => c.RequestId));
    }

    [Fact]
    public async Task A_registration_and_its_cluster_carry_the_register_answers_id()
    {
        RequestIds.Answer(_host.Server, "POST", "/cluster-registrations", 200, EksJson.Registered, "req-register", Header);

        var registration = await _host.Provider.RegisterClusterAsync(new ClusterCreateRequest
        {
            Name = "edge-1",
            Options = new EksClusterOptions { ConnectorProvider = "GKE", RoleArn = "arn:aws:iam::123456789012:role/eks-connector-agent" },
        });

        Assert.Equal("req-register", registration.RequestId);
        Assert.Equal("req-register", registration.Cluster.RequestId);
        Assert.Equal("req-register", registration.Cluster.GetNative<EksCluster>().RequestId);
    }
}
