using System.Text.Json;
using System.Text.Json.Nodes;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Tests.Conformance;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>
/// Every AME answer the provider returns lands in a hand-written model without losing a member: the pinned examples
/// (with an unknown member added at each level) are written back from the models and compared; and the hand-written
/// requests put exactly their members on the wire, unknown ones included.
/// </summary>
public sealed class AmeModelTests : IDisposable
{
    private const string ClusterPath = "/api/v1/orgs/acme/clusters/production/production-eu";
    private const string ClusterId = "production/production-eu";

    /// <summary>Wire names that are not the camelCase of the property.</summary>
    private static readonly Dictionary<string, string> Renames = new()
    {
        ["AmeCluster.AmeOidc"] = "ameOIDC",
        ["AmeCluster.PoolId"] = "poolID",
        ["AmeAutoscalerSettings.ScaleDownUtilizationThreshold"] = "scale-down-utilization-threshold",
        ["AmeAutoscalerSettings.ScaleDownGpuUtilizationThreshold"] = "scale-down-gpu-utilization-threshold",
        ["AmeAutoscalerSettings.ScaleDownDelayAfterAdd"] = "scale-down-delay-after-add",
        ["AmeAutoscalerSettings.ScaleDownUnneededTime"] = "scale-down-unneeded-time",
        ["AmeAutoscalerSettings.ScaleDownUnreadyTime"] = "scale-down-unready-time",
        ["AmeAutoscalerSettings.MaxNodeProvisionTime"] = "max-node-provision-time",
        ["AmeAutoscalerSettings.UnremovableNodeRecheckTimeout"] = "unremovable-node-recheck-timeout",
        ["AmeJoinConfig.KubernetesVersion"] = "versions.kubernetes",
        ["AmeJoinConfig.ContainerdVersion"] = "versions.containerd",
        ["AmeJoinConfig.CrictlVersion"] = "versions.crictl",
        ["AmeJoinConfig.CloudInitVersion"] = "versions.cloudInit",
    };

    private static readonly string[] ClusterObjects =
    [
        "$", "$.actualState", "$.addons.cert-manager", "$.cloudAccount", "$.cloudAccount.primaryCloudCredentials", "$.cloudCredentials",
        "$.maintenanceSchedule", "$.maintenanceSchedule.windows[0]", "$.observabilityTenant", "$.observabilityTenant.cluster", "$.updateChannel",
    ];

    private readonly AmeWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Theory]
    [InlineData("cluster.json", "$.ipWhitelist[0]")]
    [InlineData("cluster-go-client-form.json", "$.clusterAutoscalerSettings")]
    [InlineData("cluster-go-client-form.json", "$.upstreamCluster")]
    public async Task Get_maps_every_member_of_a_documented_cluster_and_keeps_unknown_ones(string file, string extraObject)
    {
        var example = ModelJson.WithUnknownMember(ResponseExamples.Read("ame", file), [.. ClusterObjects, extraObject]);
        _wire.Respond(200, example);

        var cluster = (await _wire.Provider.GetClusterAsync(ClusterId)).GetNative<AmeCluster>();

        var request = _wire.Received("GET", ClusterPath);
        Assert.Empty(AmeWire.Query(request));
        Assert.Null(request.Body);
        ResponseExamples.AssertWrittenLossless(WithWhitelistObjects(example), ModelJson.ToNode(cluster, Renames));
        Assert.True(cluster.AdditionalProperties.ContainsKey(ModelJson.Unknown));
        Assert.Equal(JsonValueKind.Object, cluster.CloudAccount!.PrimaryCloudCredentials!.AdditionalProperties[ModelJson.Unknown].ValueKind);
    }

    [Fact]
    public async Task List_maps_every_cluster_of_a_documented_page()
    {
        var example = ModelJson.WithUnknownMember(ResponseExamples.Read("ame", "cluster-page.json"), "$.content[0]", "$.content[0].cloudAccount");
        _wire.Respond(200, example);

        var clusters = new List<ClusterInfo>();
        await foreach (var cluster in _wire.Provider.ListClustersAsync())
        {
            clusters.Add(cluster);
        }

        var request = _wire.Received("GET", "/api/v1/orgs/acme/clusters");
        Assert.Equal([("page", "0")], AmeWire.Query(request));
        var content = JsonNode.Parse(example)!["content"]!.AsArray();
        Assert.Equal(content.Count, clusters.Count);
        for (var i = 0; i < content.Count; i++)
        {
            ResponseExamples.AssertWrittenLossless(content[i]!.ToJsonString(), ModelJson.ToNode(clusters[i].GetNative<AmeCluster>(), Renames));
        }
    }

    [Theory]
    [InlineData("create")]
    [InlineData("update")]
    public async Task A_written_node_pool_answer_is_mapped_whole(string operation)
    {
        var example = ModelJson.WithUnknownMember(ResponseExamples.Read("ame", "node-pool.json"), "$", "$.taints[0]");
        _wire.Respond(operation == "create" ? 201 : 200, example);
        var pool = new AmeNodePoolRequest { Name = "workers", NodeSize = "t3.large", MinSize = 2, MaxSize = 6 };

        var result = operation == "create"
            ? await _wire.Provider.CreateNodePoolAsync(ClusterId, pool)
            : await _wire.Provider.UpdateNodePoolAsync(ClusterId, 7, pool);

        var request = operation == "create" ? _wire.Received("POST", ClusterPath + "/pools") : _wire.Received("PUT", ClusterPath + "/pools/7");
        Assert.Empty(AmeWire.Query(request));
        Assert.Equal("""{"name":"workers","nodeSize":"t3.large","minSize":2,"maxSize":6}""", request.Body);
        ResponseExamples.AssertWrittenLossless(example, ModelJson.ToNode(result, Renames));
        Assert.Equal(JsonValueKind.Object, result.Taints[0].AdditionalProperties[ModelJson.Unknown].ValueKind);
    }

    [Fact]
    public async Task List_node_pools_maps_every_pool()
    {
        var example = ModelJson.WithUnknownMember(ResponseExamples.Read("ame", "node-pools.json"), "$[0]", "$[0].taints[0]");
        _wire.Respond(200, example);

        var pools = await _wire.Provider.ListNodePoolsAsync(ClusterId);

        var request = _wire.Received("GET", ClusterPath + "/pools");
        Assert.Empty(AmeWire.Query(request));
        ResponseExamples.AssertWrittenLossless(example, ModelJson.ToNode(pools, Renames));
    }

    [Theory]
    [InlineData("cluster")]
    [InlineData("pool")]
    public async Task Join_configs_are_mapped_whole(string of)
    {
        var example = ModelJson.WithUnknownMember(ResponseExamples.Read("ame", "join-config.json"), "$");
        _wire.Respond(200, example);

        var config = of == "cluster"
            ? await _wire.Provider.GetJoinConfigAsync(ClusterId)
            : await _wire.Provider.GetNodePoolJoinConfigAsync(ClusterId, AmeSamples.PoolIdentity);

        var request = of == "cluster" ? _wire.Received("GET", ClusterPath + "/join-config") : _wire.Received("POST", $"{ClusterPath}/pools/{AmeSamples.PoolIdentity}/join-config");
        Assert.Empty(AmeWire.Query(request));
        ResponseExamples.AssertWrittenLossless(example, ModelJson.ToNode(config, Renames));
        Assert.DoesNotContain(ModelJson.Unknown, config.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_oidc_config_is_mapped_whole()
    {
        var example = ModelJson.WithUnknownMember(ResponseExamples.Read("ame", "oidc-config.json"), "$");
        _wire.Respond(200, example);

        var config = await _wire.Provider.GetOidcConfigAsync(ClusterId);

        Assert.Empty(AmeWire.Query(_wire.Received("GET", ClusterPath + "/oidc-config")));
        ResponseExamples.AssertWrittenLossless(example, ModelJson.ToNode(config, Renames));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Prometheus_rules_inheritance_posts_the_switch_and_maps_the_answer(bool inherit)
    {
        var example = ModelJson.WithUnknownMember(ResponseExamples.Read("ame", "prometheus-rules-inheritance.json"), "$");
        _wire.Respond(200, example);

        var result = await _wire.Provider.SetPrometheusRulesInheritanceAsync(ClusterId, inherit);

        var request = _wire.Received("POST", ClusterPath + "/prometheus-rules-inheritance");
        Assert.Empty(AmeWire.Query(request));
        Assert.Equal($$"""{"environmentPrometheusRules":{{(inherit ? "true" : "false")}}}""", request.Body);
        Assert.Equal("Prometheus rules inheritance updated", result.Message);
        ResponseExamples.AssertWrittenLossless(example, ModelJson.ToNode(result, Renames));
    }

    [Fact]
    public async Task A_pool_request_sends_its_unknown_members_and_those_of_its_taints()
    {
        _wire.Respond(201, AmeSamples.NodePool);
        var pool = new AmeNodePoolRequest
        {
            Name = "gpu",
            NodeSize = "g5.xlarge",
            MinSize = 0,
            MaxSize = 2,
            Taints = [new AmeNodeTaint { Key = "gpu", Effect = "NoSchedule", AdditionalProperties = { ["timeAdded"] = Element("\"2024-01-01T00:00:00Z\"") } }],
            AdditionalProperties = { ["gpuSharing"] = Element("""{"mode":"time-slicing"}""") },
        };

        await _wire.Provider.CreateNodePoolAsync(ClusterId, pool);

        Assert.Equal(
            """{"name":"gpu","nodeSize":"g5.xlarge","minSize":0,"maxSize":2,"taints":[{"key":"gpu","effect":"NoSchedule","timeAdded":"2024-01-01T00:00:00Z"}],"gpuSharing":{"mode":"time-slicing"}}""",
            _wire.Received("POST", ClusterPath + "/pools").Body);
    }

    [Fact]
    public async Task Unknown_members_that_the_body_declares_are_refused_before_sending()
    {
        var pool = new AmeNodePoolRequest
        {
            Name = "gpu",
            NodeSize = "g5.xlarge",
            MinSize = 0,
            MaxSize = 2,
            Taints = [new AmeNodeTaint { Key = "gpu", AdditionalProperties = { ["effect"] = Element("\"NoSchedule\"") } }],
            AdditionalProperties = { ["maxSize"] = Element("9") },
        };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.CreateNodePoolAsync(ClusterId, pool));

        Assert.Equal(["pool.AdditionalProperties[maxSize]", "pool.Taints[0].AdditionalProperties[effect]"], error.FieldErrors.Select(e => e.Field));
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task A_pool_read_back_as_a_request_replaces_the_pool_with_its_own_settings()
    {
        _wire.Respond(200, ResponseExamples.Read("ame", "node-pools.json"));
        var pool = Assert.Single(await _wire.Provider.ListNodePoolsAsync(ClusterId));
        _wire.Server.Reset();
        _wire.Respond(200, ResponseExamples.Read("ame", "node-pool.json"));

        var request = pool.ToRequest();
        request.MaxSize = 9;
        await _wire.Provider.UpdateNodePoolAsync(ClusterId, pool.Id!.Value, request);

        var json = AmeWire.Json(_wire.Received("PUT", ClusterPath + "/pools/7"));
        AmeWire.AssertMembers(json, "name", "nodeSize", "availabilityZone", "autoScaling", "minSize", "maxSize", "enableNodeAutoReplacement",
            "enableNodeReboots", "upgradeStrategy", "annotations", "labels", "taints");
        Assert.Equal(9, json.GetProperty("maxSize").GetInt64());
        Assert.Equal(6, pool.MaxSize);
        Assert.Equal("""[{"key":"dedicated","value":"web","effect":"NoSchedule"}]""", json.GetProperty("taints").GetRawText());
    }

    [Fact]
    public async Task Create_sends_the_options_typed_members_and_unknown_ones()
    {
        _wire.Respond(201, AmeSamples.Cluster());

        await _wire.Provider.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "edge",
            Region = "eu-west-1",
            Version = "v1.30.1-u-ame.1",
            Options = new AmeClusterOptions
            {
                Environment = "production",
                EnvironmentId = "env-42",
                CloudAccountIdentity = Guid.Parse("3f0e4b6a-2c1d-4e5f-9a8b-7c6d5e4f3a2b"),
                EnablePodSecurityStandards = false,
                IpWhitelist = [new AmeIpWhitelistEntry { Cidr = "203.0.113.0/24", Description = "office", AdditionalProperties = { ["expires"] = Element("\"2025-01-01\"") } }],
                Addons = new Dictionary<string, AmeAddon> { ["cert-manager"] = new() { Enabled = true, CustomValues = new Dictionary<string, string> { ["replicas"] = "2" }, AdditionalProperties = { ["channel"] = Element("\"stable\"") } } },
                ClusterAutoscalerSettings = new AmeAutoscalerSettings { MaxNodeProvisionTime = "15m", AdditionalProperties = { ["expander"] = Element("\"least-waste\"") } },
                AdditionalProperties = new Dictionary<string, JsonElement> { ["enableGpuOperator"] = Element("true") },
            },
        });

        var json = AmeWire.Json(_wire.Received("POST", "/api/v1/orgs/acme/clusters/production"));
        AmeWire.AssertMembers(json, "name", "environmentId", "cloudAccountIdentity", "region", "version", "enablePodSecurityStandards", "ipWhitelist", "addons",
            "nodePools", "clusterAutoscalerSettings", "enableGpuOperator");
        Assert.Equal("env-42", json.GetProperty("environmentId").GetString());
        Assert.False(json.GetProperty("enablePodSecurityStandards").GetBoolean());
        Assert.Equal("""[{"cidr":"203.0.113.0/24","description":"office","expires":"2025-01-01"}]""", json.GetProperty("ipWhitelist").GetRawText());
        Assert.Equal("""{"cert-manager":{"enabled":true,"customValues":{"replicas":"2"},"channel":"stable"}}""", json.GetProperty("addons").GetRawText());
        Assert.Equal("""{"max-node-provision-time":"15m","expander":"least-waste"}""", json.GetProperty("clusterAutoscalerSettings").GetRawText());
        Assert.True(json.GetProperty("enableGpuOperator").GetBoolean());
    }

    [Fact]
    public async Task Create_refuses_unknown_members_that_the_body_declares()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "edge",
            Region = "eu-west-1",
            Version = "v1.30.1-u-ame.1",
            Options = new AmeClusterOptions
            {
                Environment = "production",
                CloudAccountIdentity = Guid.NewGuid(),
                AdditionalProperties = new Dictionary<string, JsonElement> { ["region"] = Element("\"us-east-1\"") },
            },
        }));

        Assert.Equal("request.Options.AdditionalProperties[region]", Assert.Single(error.FieldErrors).Field);
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task Update_sends_the_old_pod_security_switch_and_refuses_an_environment_id()
    {
        _wire.Respond(200, AmeSamples.Cluster());

        await _wire.Provider.UpdateClusterAsync(ClusterId, new ClusterUpdateRequest { Options = new AmeClusterOptions { EnablePodSecurityStandards = true } });
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _wire.Provider.UpdateClusterAsync(ClusterId, new ClusterUpdateRequest { Options = new AmeClusterOptions { EnvironmentId = "env-42" } }));

        Assert.Equal("""{"enablePodSecurityStandards":true}""", _wire.Received("PATCH", ClusterPath).Body);
        Assert.Contains("EnvironmentId", refused.Message, StringComparison.Ordinal);
    }

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>The example with bare CIDR strings of <c>ipWhitelist</c> as the <c>{cidr}</c> objects the model holds them as.</summary>
    private static string WithWhitelistObjects(string example)
    {
        var root = JsonNode.Parse(example)!;
        var list = root["ipWhitelist"]!.AsArray();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is JsonValue cidr)
            {
                list[i] = new JsonObject { ["cidr"] = cidr.GetValue<string>() };
            }
        }

        return root.ToJsonString();
    }
}
