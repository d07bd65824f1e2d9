using System.Text;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>The unified cluster operations through the AME provider: exact requests out, unified results in.</summary>
public sealed class AmeClusterOperationTests : IDisposable
{
    private const string ClusterPath = "/api/v1/orgs/acme/clusters/production/production-eu";
    private readonly AmeWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task List_without_scope_reads_the_organisation_and_gives_composite_ids()
    {
        _wire.Respond(200, AmeSamples.Page(0, last: true, AmeSamples.Cluster(), AmeSamples.Cluster("batch", "staging", "stopped", "Batch")));

        var clusters = await _wire.Provider.ListClustersAsync().ToListAsync();

        var request = _wire.Received("GET", "/api/v1/orgs/acme/clusters");
        Assert.Equal([("page", "0")], AmeWire.Query(request));
        Assert.Equal(2, clusters.Count);
        var first = clusters[0];
        Assert.Equal("ame", first.Provider);
        Assert.Equal("production/production-eu", first.Id);
        Assert.Equal("Production EU", first.Name);
        Assert.Equal(ClusterStatus.Running, first.Status);
        Assert.Equal("started", first.RawStatus);
        Assert.Equal("v1.29.4-u-ame.1", first.Version);
        Assert.Equal("eu-west-1", first.Region);
        Assert.Equal(new DateTimeOffset(2024, 1, 10, 8, 0, 0, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal("cilium", first.GetNative<AmeCluster>().Cni);
        Assert.Equal("staging/batch", clusters[1].Id);
        Assert.Equal(ClusterStatus.Stopped, clusters[1].Status);
    }

    [Fact]
    public async Task List_with_scope_reads_the_environment_and_sends_size_when_asked()
    {
        // The environment list may leave environmentSlug out: the scope fills it in.
        _wire.Respond(200, AmeSamples.Page(0, last: true, AmeSamples.Cluster("web", environment: null)));

        var clusters = await _wire.Provider.ListClustersAsync(new ClusterQuery { Scope = "staging", PageSize = 25 }).ToListAsync();

        var request = _wire.Received("GET", "/api/v1/orgs/acme/clusters/staging");
        Assert.Equal([("page", "0"), ("size", "25")], AmeWire.Query(request));
        Assert.Equal("staging/web", Assert.Single(clusters).Id);
    }

    [Fact]
    public async Task Get_reads_the_cluster_by_environment_and_slug()
    {
        _wire.Respond(200, AmeSamples.Cluster(status: "provisioning"));

        var cluster = await _wire.Provider.GetClusterAsync("production/production-eu");

        var request = _wire.Received("GET", ClusterPath);
        Assert.Empty(AmeWire.Query(request));
        Assert.True(string.IsNullOrEmpty(request.Body));
        Assert.Equal("production/production-eu", cluster.Id);
        Assert.Equal(ClusterStatus.Provisioning, cluster.Status);
        Assert.True(cluster.GetNative<AmeCluster>().DeleteProtection);
    }

    [Fact]
    public async Task Create_posts_to_the_environment_with_the_options_as_body()
    {
        _wire.Respond(201, AmeSamples.Cluster(status: "new"));
        var account = Guid.Parse("8d2b6a59-7f10-4c1e-9b55-0e9f8c3a2d71");
        var schedule = Guid.Parse("1c7e2d4a-3b5f-4e6a-8c9d-0a1b2c3d4e5f");

        var cluster = await _wire.Provider.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "production-eu",
            Region = "eu-west-1",
            Version = "v1.29.4-u-ame.1",
            Options = new AmeClusterOptions
            {
                Environment = "production",
                CloudAccountIdentity = account,
                Description = "Main cluster",
                UpdateChannel = "v1.29",
                Cni = "cilium",
                PodSecurityStandardsProfile = "baseline",
                EnableAutoUpgrade = true,
                EnableHighAvailability = true,
                EnableMultiAvailabilityZones = false,
                EnableNATGateway = true,
                EnableNetworkEncryption = false,
                ClusterPodSubnet = "10.244.0.0/16",
                ServiceSubnet = "10.96.0.0/12",
                MaintenanceScheduleIdentity = schedule,
                IpWhitelist = [new AmeIpWhitelistEntry { Cidr = "203.0.113.0/24", Description = "office" }],
                Addons = new Dictionary<string, AmeAddon> { ["cert-manager"] = new() { Enabled = true } },
                NodePools = [new AmeNodePoolRequest { Name = "workers", NodeSize = "t3.large", MinSize = 1, MaxSize = 3, AutoScaling = true }],
            },
        });

        var request = _wire.Received("POST", "/api/v1/orgs/acme/clusters/production");
        Assert.Empty(AmeWire.Query(request));
        var json = AmeWire.Json(request);
        AmeWire.AssertMembers(json, "name", "description", "cloudAccountIdentity", "region", "version", "updateChannel", "cni", "podSecurityStandardsProfile",
            "enableAutoUpgrade", "enableHighAvailability", "enableMultiAvailabilityZones", "enableNATGateway", "enableNetworkEncryption", "clusterPodSubnet",
            "serviceSubnet", "maintenanceScheduleIdentity", "ipWhitelist", "addons", "nodePools");
        Assert.Equal("production-eu", json.GetProperty("name").GetString());
        Assert.Equal("Main cluster", json.GetProperty("description").GetString());
        Assert.Equal(account.ToString(), json.GetProperty("cloudAccountIdentity").GetString());
        Assert.Equal("eu-west-1", json.GetProperty("region").GetString());
        Assert.Equal("v1.29.4-u-ame.1", json.GetProperty("version").GetString());
        Assert.Equal("v1.29", json.GetProperty("updateChannel").GetString());
        Assert.Equal("cilium", json.GetProperty("cni").GetString());
        Assert.Equal("baseline", json.GetProperty("podSecurityStandardsProfile").GetString());
        Assert.True(json.GetProperty("enableAutoUpgrade").GetBoolean());
        Assert.True(json.GetProperty("enableHighAvailability").GetBoolean());
        Assert.False(json.GetProperty("enableMultiAvailabilityZones").GetBoolean());
        Assert.True(json.GetProperty("enableNATGateway").GetBoolean());
        Assert.False(json.GetProperty("enableNetworkEncryption").GetBoolean());
        Assert.Equal("10.244.0.0/16", json.GetProperty("clusterPodSubnet").GetString());
        Assert.Equal("10.96.0.0/12", json.GetProperty("serviceSubnet").GetString());
        Assert.Equal(schedule.ToString(), json.GetProperty("maintenanceScheduleIdentity").GetString());
        var entry = Assert.Single(json.GetProperty("ipWhitelist").EnumerateArray());
        AmeWire.AssertMembers(entry, "cidr", "description");
        Assert.True(json.GetProperty("addons").GetProperty("cert-manager").GetProperty("enabled").GetBoolean());
        var pool = Assert.Single(json.GetProperty("nodePools").EnumerateArray());
        AmeWire.AssertMembers(pool, "name", "nodeSize", "minSize", "maxSize", "autoScaling");
        Assert.Equal(3, pool.GetProperty("maxSize").GetInt64());

        Assert.Equal("production/production-eu", cluster.Id);
        Assert.Equal(ClusterStatus.Pending, cluster.Status);
    }

    [Fact]
    public async Task Create_is_sent_once_even_when_the_server_fails_transiently()
    {
        _wire.Respond(503, """{"message":"try later"}""");

        await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.CreateClusterAsync(MinimalCreate()));

        Assert.Single(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task A_read_is_retried_on_a_transient_failure()
    {
        _wire.Respond(503, """{"message":"try later"}""");

        var error = await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.GetClusterAsync("production/production-eu"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, _wire.Server.LogEntries.Count());
    }

    [Fact]
    public async Task Update_patches_only_the_members_set()
    {
        _wire.Respond(200, AmeSamples.Cluster());
        var credentials = Guid.Parse("5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");

        var cluster = await _wire.Provider.UpdateClusterAsync("production/production-eu", new ClusterUpdateRequest
        {
            Options = new AmeClusterOptions
            {
                UpdateChannel = "v1.30",
                EnableAutoUpgrade = false,
                DeleteProtection = true,
                CloudCredentialsIdentity = credentials,
                IpWhitelist = [new AmeIpWhitelistEntry { Cidr = "198.51.100.7/32", Description = "vpn" }],
            },
        });

        var json = AmeWire.Json(_wire.Received("PATCH", ClusterPath));
        AmeWire.AssertMembers(json, "updateChannel", "enableAutoUpgrade", "deleteProtection", "cloudCredentialsIdentity", "ipWhitelist");
        Assert.Equal("v1.30", json.GetProperty("updateChannel").GetString());
        Assert.False(json.GetProperty("enableAutoUpgrade").GetBoolean());
        Assert.True(json.GetProperty("deleteProtection").GetBoolean());
        Assert.Equal(credentials.ToString(), json.GetProperty("cloudCredentialsIdentity").GetString());
        Assert.Equal("198.51.100.7/32", Assert.Single(json.GetProperty("ipWhitelist").EnumerateArray()).GetProperty("cidr").GetString());
        Assert.Equal("production/production-eu", cluster.Id);
    }

    [Fact]
    public async Task Update_sends_the_members_the_official_go_client_knows()
    {
        _wire.Respond(200, AmeSamples.Cluster());

        await _wire.Provider.UpdateClusterAsync("production/production-eu", new ClusterUpdateRequest
        {
            Options = new AmeClusterOptions
            {
                EnableNetworkProxy = true,
                ClusterAutoscalerSettings = new AmeAutoscalerSettings { ScaleDownUtilizationThreshold = 0.5, ScaleDownUnneededTime = "10m" },
                UpstreamClusterIdentity = "7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a",
            },
        });

        var json = AmeWire.Json(_wire.Received("PATCH", ClusterPath));
        AmeWire.AssertMembers(json, "enableNetworkProxy", "clusterAutoscalerSettings", "upstreamCluster");
        Assert.True(json.GetProperty("enableNetworkProxy").GetBoolean());
        Assert.Equal("""{"scale-down-utilization-threshold":0.5,"scale-down-unneeded-time":"10m"}""", json.GetProperty("clusterAutoscalerSettings").GetRawText());
        Assert.Equal("""{"identity":"7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a"}""", json.GetProperty("upstreamCluster").GetRawText());
    }

    [Fact]
    public async Task Update_lets_a_caller_add_members_the_options_lack()
    {
        _wire.Respond(200, AmeSamples.Cluster());

        await _wire.Provider.UpdateClusterAsync("production/production-eu", new ClusterUpdateRequest
        {
            Options = new AmeClusterOptions { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["newFlag"] = System.Text.Json.JsonSerializer.SerializeToElement(true) } },
        });

        var json = AmeWire.Json(_wire.Received("PATCH", ClusterPath));
        AmeWire.AssertMembers(json, "newFlag");
    }

    [Fact]
    public async Task Delete_is_a_patch_with_status_deleting_and_nothing_else()
    {
        _wire.Respond(200, AmeSamples.Cluster(status: "deleting"));

        await _wire.Provider.DeleteClusterAsync("production/production-eu");

        var request = _wire.Received("PATCH", ClusterPath);
        Assert.Empty(AmeWire.Query(request));
        var json = AmeWire.Json(request);
        AmeWire.AssertMembers(json, "status");
        Assert.Equal("deleting", json.GetProperty("status").GetString());
        Assert.DoesNotContain(_wire.Server.LogEntries, e => e.RequestMessage!.Method == "DELETE");
    }

    [Theory]
    [InlineData("start", "starting", ClusterStatus.Provisioning)]
    [InlineData("stop", "stopping", ClusterStatus.Stopping)]
    public async Task Start_and_stop_patch_the_status(string operation, string status, ClusterStatus expected)
    {
        _wire.Respond(200, AmeSamples.Cluster(status: status));

        var cluster = operation == "start"
            ? await _wire.Provider.StartClusterAsync("production/production-eu")
            : await _wire.Provider.StopClusterAsync("production/production-eu");

        var json = AmeWire.Json(_wire.Received("PATCH", ClusterPath));
        AmeWire.AssertMembers(json, "status");
        Assert.Equal(status, json.GetProperty("status").GetString());
        Assert.Equal(expected, cluster.Status);
        Assert.Equal(status, cluster.RawStatus);
    }

    [Fact]
    public async Task Upgrade_patches_the_version_only()
    {
        _wire.Respond(200, AmeSamples.Cluster());

        await _wire.Provider.UpgradeClusterAsync("production/production-eu", "v1.30.1-u-ame.1");

        var json = AmeWire.Json(_wire.Received("PATCH", ClusterPath));
        AmeWire.AssertMembers(json, "version");
        Assert.Equal("v1.30.1-u-ame.1", json.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Kubeconfig_is_built_from_the_oidc_config()
    {
        _wire.Respond(200, AmeSamples.OidcConfig);

        var kubeconfig = await _wire.Provider.GetKubeconfigAsync("production/production-eu");

        _wire.Received("GET", ClusterPath + "/oidc-config");
        Assert.Equal("production/production-eu", kubeconfig.ClusterId);
        Assert.False(kubeconfig.WasEncryptedInTransit);
        var text = kubeconfig.Content;
        Assert.Contains("server: \"https://production-eu.acme.avisi.cloud:6443\"", text, StringComparison.Ordinal);
        Assert.Contains($"certificate-authority-data: \"{Convert.ToBase64String(Encoding.UTF8.GetBytes(AmeSamples.CaPem))}\"", text, StringComparison.Ordinal);
        Assert.Contains("- \"--oidc-issuer-url=https://sso.avisi.cloud/realms/acme\"", text, StringComparison.Ordinal);
        Assert.Contains("- \"--oidc-client-id=production-eu\"", text, StringComparison.Ordinal);
        Assert.Contains("command: kubectl", text, StringComparison.Ordinal);
        Assert.Contains("current-context: \"ame-acme-production-production-eu\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AmeSamples.ClientSecret, kubeconfig.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubeconfig_without_an_api_server_address_is_a_typed_error()
    {
        _wire.Respond(200, """{"issuerUrl":"https://sso","clientId":"c"}""");

        var error = await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.GetKubeconfigAsync("production/production-eu"));

        Assert.Equal("MalformedResponse", error.ErrorCode);
        Assert.Contains("endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_patch_may_be_repeated_after_a_transient_failure()
    {
        // The PATCH sets absolute values, so the shared retry may send it again (a create it never repeats).
        _wire.Respond(503, """{"message":"try later"}""");

        await Assert.ThrowsAsync<CloudApiException>(() => _wire.Provider.DeleteClusterAsync("production/production-eu"));

        Assert.Equal(3, _wire.Server.LogEntries.Count());
        Assert.All(_wire.Server.LogEntries, e => Assert.Equal("PATCH", e.RequestMessage!.Method));
    }

    [Fact]
    public async Task Waiting_after_a_start_polls_until_the_cluster_runs()
    {
        _wire.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet()).InScenario("start").WillSetStateTo("second")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(AmeSamples.Cluster(status: "starting")));
        _wire.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet()).InScenario("start").WhenStateIs("second")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(AmeSamples.Cluster(status: "started")));

        var cluster = await _wire.Provider.WaitForStatusAsync("production/production-eu", ClusterStatus.Running,
            new WaitOptions { InitialInterval = TimeSpan.FromMilliseconds(1), MaxInterval = TimeSpan.FromMilliseconds(1) });

        Assert.Equal(ClusterStatus.Running, cluster.Status);
        Assert.Equal(2, _wire.Server.LogEntries.Count());
    }

    [Fact]
    public void Capabilities_list_what_ame_implements()
    {
        var all = ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Update | ClusterOperations.Delete
            | ClusterOperations.Upgrade | ClusterOperations.Start | ClusterOperations.Stop | ClusterOperations.Kubeconfig;
        Assert.Equal(all, _wire.Provider.Capabilities.Operations);
        Assert.Equal("ame", _wire.Provider.Name);
        Assert.Equal("acme", _wire.Provider.Organisation);
    }

    internal static ClusterCreateRequest MinimalCreate() => new()
    {
        Name = "production-eu",
        Region = "eu-west-1",
        Version = "v1.29.4-u-ame.1",
        Options = new AmeClusterOptions { Environment = "production", CloudAccountIdentity = Guid.Parse("8d2b6a59-7f10-4c1e-9b55-0e9f8c3a2d71") },
    };
}
