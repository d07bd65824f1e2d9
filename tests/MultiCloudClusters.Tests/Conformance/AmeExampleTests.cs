using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// AME has no machine-readable reference: an answer holding every member the seed lists for each response is pinned
/// here and must be read by the generated client without losing a member; so must the cluster as the official Go
/// client reads it (ipWhitelist as plain strings).
/// </summary>
public sealed class AmeExampleTests
{
    private const string Org = "acme";

    private static readonly string[] Files =
    [
        "cluster.json", "cluster-go-client-form.json", "cluster-page.json", "join-config.json", "oidc-config.json", "node-pool.json", "node-pools.json",
        "prometheus-rules-inheritance.json",
    ];

    public static TheoryData<string> Examples() => [.. Files];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task An_example_is_read_without_loss(string file)
    {
        var example = ResponseExamples.Read("ame", file);
        using var http = ResponseExamples.Answering(200, example);
        var api = new AmeApiClient(http);

        object parsed = file switch
        {
            "cluster.json" or "cluster-go-client-form.json" => await api.GetClusterAsync(Org, "production", "production-eu"),
            "cluster-page.json" => await api.ListOrganisationClustersAsync(Org),
            "join-config.json" => await api.GetClusterJoinConfigAsync(Org, "production", "production-eu"),
            "oidc-config.json" => await api.GetClusterOidcConfigAsync(Org, "production", "production-eu"),
            "node-pool.json" => await api.CreateNodePoolAsync(Org, "production", "production-eu", new NodePoolRequest { Name = "workers" }),
            "node-pools.json" => await api.ListNodePoolsAsync(Org, "production", "production-eu"),
            "prometheus-rules-inheritance.json" => await api.UpdatePrometheusRulesInheritanceAsync(Org, "production", "production-eu", new PrometheusRulesInheritanceRequest()),
            _ => throw new ArgumentOutOfRangeException(nameof(file), file, "no operation answers this example"),
        };

        ResponseExamples.AssertLossless(example, parsed);
    }

    [Theory]
    [InlineData("cluster.json", "203.0.113.0/24=office")]
    [InlineData("cluster-go-client-form.json", "203.0.113.0/24=;198.51.100.7/32=")]
    public async Task The_ip_whitelist_is_read_in_either_form(string file, string expected)
    {
        using var http = ResponseExamples.Answering(200, ResponseExamples.Read("ame", file));

        var cluster = await new AmeApiClient(http).GetClusterAsync(Org, "production", "production-eu");

        Assert.Equal(expected, string.Join(';', AmeIpWhitelist.Read(cluster).Select(e => $"{e.Cidr}={e.Description}")));
    }

    [Fact]
    public async Task The_go_client_members_are_typed()
    {
        using var http = ResponseExamples.Answering(200, ResponseExamples.Read("ame", "cluster-go-client-form.json"));

        var cluster = await new AmeApiClient(http).GetClusterAsync(Org, "production", "production-eu");

        Assert.Equal(0.5, cluster.ClusterAutoscalerSettings!.ScaleDownUtilizationThreshold);
        Assert.Equal("5m", cluster.ClusterAutoscalerSettings.UnremovableNodeRecheckTimeout);
        Assert.Equal("staging-eu", cluster.UpstreamCluster!.Slug);
        Assert.False(cluster.EnablePodSecurityStandards);
        Assert.True(cluster.AdditionalProperties is null or { Count: 0 });
    }

    [Fact]
    public void An_ip_whitelist_item_of_another_shape_is_a_malformed_response()
    {
        var cluster = new Cluster { IpWhitelist = [System.Text.Json.JsonDocument.Parse("42").RootElement] };

        var error = Assert.Throws<MultiCloudClusters.Errors.CloudApiException>(() => AmeIpWhitelist.Read(cluster));

        Assert.Equal("MalformedResponse", error.ErrorCode);
        Assert.Contains("ipWhitelist[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_example_file_is_pinned_by_a_case()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "examples", "ame"), "*.json").Select(Path.GetFileName);

        Assert.Equal(files.Order(StringComparer.Ordinal), Files.Order(StringComparer.Ordinal));
    }
}
