using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>AME's own operations through the provider: join and OIDC configs, move, Prometheus rules, node pools.</summary>
public sealed class AmeExtraOperationTests : IDisposable
{
    private const string ClusterPath = "/api/v1/orgs/acme/clusters/production/production-eu";
    private const string ClusterId = "production/production-eu";
    private readonly AmeWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task GetJoinConfig_reads_the_cluster_join_config()
    {
        _wire.Respond(200, AmeSamples.JoinConfig);

        var config = await _wire.Provider.GetJoinConfigAsync(ClusterId);

        var request = _wire.Received("GET", ClusterPath + "/join-config");
        Assert.Empty(AmeWire.Query(request));
        AssertJoinConfig(config);
    }

    [Fact]
    public async Task GetOidcConfig_reads_the_settings()
    {
        _wire.Respond(200, AmeSamples.OidcConfig);

        var oidc = await _wire.Provider.GetOidcConfigAsync(ClusterId);

        _wire.Received("GET", ClusterPath + "/oidc-config");
        Assert.Equal("https://production-eu.acme.avisi.cloud:6443", oidc.Endpoint);
        Assert.Equal(AmeSamples.CaPem, oidc.CaCertificate);
        Assert.Equal("https://sso.avisi.cloud/realms/acme", oidc.IssuerUrl);
        Assert.Equal("production-eu", oidc.ClientId);
        Assert.Equal(AmeSamples.ClientSecret, oidc.ClientSecret);
        Assert.DoesNotContain(AmeSamples.ClientSecret, oidc.ToString(), StringComparison.Ordinal);
        Assert.Contains("production-eu", oidc.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveCluster_posts_both_environments_and_returns_the_new_id()
    {
        _wire.Respond(204, null);

        var newId = await _wire.Provider.MoveClusterAsync(ClusterId, "staging");

        var request = _wire.Received("POST", "/api/v1/orgs/acme/clusters/production-eu/move");
        var json = AmeWire.Json(request);
        AmeWire.AssertMembers(json, "currentEnvironment", "newEnvironment");
        Assert.Equal("production", json.GetProperty("currentEnvironment").GetString());
        Assert.Equal("staging", json.GetProperty("newEnvironment").GetString());
        Assert.Equal("staging/production-eu", newId);
    }

    [Fact]
    public async Task MoveCluster_is_not_retried_after_an_unknown_outcome()
    {
        _wire.Respond(500, """{"message":"boom"}""");

        await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.MoveClusterAsync(ClusterId, "staging"));

        Assert.Single(_wire.Server.LogEntries);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SetPrometheusRulesInheritance_posts_the_flag(bool inherit)
    {
        _wire.Respond(200, """{"message":"Prometheus rules inheritance updated"}""");

        var result = await _wire.Provider.SetPrometheusRulesInheritanceAsync(ClusterId, inherit);

        var json = AmeWire.Json(_wire.Received("POST", ClusterPath + "/prometheus-rules-inheritance"));
        AmeWire.AssertMembers(json, "environmentPrometheusRules");
        Assert.Equal(inherit, json.GetProperty("environmentPrometheusRules").GetBoolean());
        Assert.Equal("Prometheus rules inheritance updated", result.Message);
    }

    [Fact]
    public async Task ListNodePools_reads_the_plain_array()
    {
        _wire.Respond(200, "[" + AmeSamples.NodePool + """,{"id":8,"name":"batch","provisionStatus":"SOMETHING_NEW"}]""");

        var pools = await _wire.Provider.ListNodePoolsAsync(ClusterId);

        var request = _wire.Received("GET", ClusterPath + "/pools");
        Assert.Empty(AmeWire.Query(request));
        Assert.Equal(2, pools.Count);
        AssertPool(pools[0]);
        Assert.Equal(8L, pools[1].Id);
        Assert.Equal("SOMETHING_NEW", pools[1].ProvisionStatus);
    }

    [Fact]
    public async Task CreateNodePool_posts_the_pool()
    {
        _wire.Respond(201, AmeSamples.NodePool);

        var pool = await _wire.Provider.CreateNodePoolAsync(ClusterId, FullPool());

        var json = AmeWire.Json(_wire.Received("POST", ClusterPath + "/pools"));
        AssertFullPoolBody(json);
        AssertPool(pool);
    }

    [Fact]
    public async Task CreateNodePool_is_sent_once_even_when_the_server_fails_transiently()
    {
        _wire.Respond(502, null);

        await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.CreateNodePoolAsync(ClusterId, FullPool()));

        Assert.Single(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task UpdateNodePool_puts_the_full_pool_to_the_integer_id()
    {
        _wire.Respond(200, AmeSamples.NodePool);

        var pool = await _wire.Provider.UpdateNodePoolAsync(ClusterId, 7, FullPool());

        var json = AmeWire.Json(_wire.Received("PUT", ClusterPath + "/pools/7"));
        AssertFullPoolBody(json);
        AssertPool(pool);
    }

    [Fact]
    public async Task DeleteNodePool_deletes_by_integer_id()
    {
        _wire.Respond(204, null);

        await _wire.Provider.DeleteNodePoolAsync(ClusterId, 7);

        var request = _wire.Received("DELETE", ClusterPath + "/pools/7");
        Assert.True(string.IsNullOrEmpty(request.Body));
    }

    [Fact]
    public async Task GetNodePoolJoinConfig_posts_to_the_pool_identity()
    {
        _wire.Respond(200, AmeSamples.JoinConfig);

        var config = await _wire.Provider.GetNodePoolJoinConfigAsync(ClusterId, AmeSamples.PoolIdentity);

        var request = _wire.Received("POST", ClusterPath + "/pools/0b6f3c5e-8f43-4d7e-9a61-2f7c1d9e4a10/join-config");
        Assert.True(string.IsNullOrEmpty(request.Body));
        AssertJoinConfig(config);
    }

    [Fact]
    public async Task GetNodePoolJoinConfig_is_not_repeated_after_an_unknown_outcome()
    {
        // It may mint a new bootstrap token each time, so it is not marked safe to repeat.
        _wire.Respond(500, """{"message":"boom"}""");

        await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.GetNodePoolJoinConfigAsync(ClusterId, AmeSamples.PoolIdentity));

        Assert.Single(_wire.Server.LogEntries);
    }

    internal static AmeNodePoolRequest FullPool() => new()
    {
        Name = "workers",
        NodeSize = "t3.large",
        AvailabilityZone = "eu-west-1a",
        AutoScaling = true,
        MinSize = 2,
        MaxSize = 6,
        EnableNodeAutoReplacement = true,
        EnableNodeReboots = false,
        UpgradeStrategy = "REPLACE",
        SecurityUpdatesOnJoin = "INSTALL",
        Annotations = new Dictionary<string, string> { ["team"] = "platform" },
        Labels = new Dictionary<string, string> { ["tier"] = "web" },
        Taints = [new AmeNodeTaint { Key = "dedicated", Value = "web", Effect = "NoSchedule" }],
    };

    private static void AssertFullPoolBody(System.Text.Json.JsonElement json)
    {
        AmeWire.AssertMembers(json, "name", "nodeSize", "availabilityZone", "autoScaling", "minSize", "maxSize", "enableNodeAutoReplacement",
            "enableNodeReboots", "upgradeStrategy", "securityUpdatesOnJoin", "annotations", "labels", "taints");
        Assert.Equal("INSTALL", json.GetProperty("securityUpdatesOnJoin").GetString());
        Assert.Equal("workers", json.GetProperty("name").GetString());
        Assert.Equal("t3.large", json.GetProperty("nodeSize").GetString());
        Assert.Equal(2, json.GetProperty("minSize").GetInt64());
        Assert.Equal(6, json.GetProperty("maxSize").GetInt64());
        Assert.False(json.GetProperty("enableNodeReboots").GetBoolean());
        Assert.Equal("platform", json.GetProperty("annotations").GetProperty("team").GetString());
        Assert.Equal("NoSchedule", Assert.Single(json.GetProperty("taints").EnumerateArray()).GetProperty("effect").GetString());
    }

    private static void AssertPool(AmeNodePool pool)
    {
        Assert.Equal(7L, pool.Id);
        Assert.Equal(AmeSamples.PoolIdentity, pool.Identity);
        Assert.Equal("workers", pool.Name);
        Assert.Equal(2L, pool.MinSize);
        Assert.Equal(6L, pool.MaxSize);
        Assert.Equal("web", pool.Labels!["tier"]);
        Assert.Equal("INSTALL_AND_REBOOT", pool.SecurityUpdatesOnJoin);
    }

    private static void AssertJoinConfig(AmeJoinConfig config)
    {
        Assert.Equal(AmeSamples.JoinCommand, config.JoinCommand);
        Assert.Equal(AmeSamples.CloudInit, config.CloudInitUserDataBase64);
        Assert.Equal(AmeSamples.InstallScript, config.InstallScriptBase64);
        Assert.Equal(AmeSamples.UpgradeScript, config.UpgradeScriptBase64);
        Assert.Equal(AmeSamples.KubeletConfig, config.KubeletConfigBase64);
        Assert.Equal("v1.29.4", config.KubernetesVersion);
        Assert.Equal("1.7.13", config.ContainerdVersion);
        Assert.Equal("1.29.0", config.CrictlVersion);
        Assert.Equal("23.4", config.CloudInitVersion);
        Assert.Contains("v1.29.4", config.ToString(), StringComparison.Ordinal);
    }
}
