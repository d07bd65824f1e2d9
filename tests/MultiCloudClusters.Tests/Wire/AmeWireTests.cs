using System.Text.Json;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Ame.Generated;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>The generated AME client against a mock server: exact requests out, typed bodies in.</summary>
public sealed class AmeWireTests : IDisposable
{
    private const string Org = "acme";
    private const string Env = "production";
    private const string ClusterSlug = "production-eu";
    private const string ClusterPath = "/api/v1/orgs/acme/clusters/production/production-eu";
    private static readonly Guid PoolIdentity = Guid.Parse("0b6f3c5e-8f43-4d7e-9a61-2f7c1d9e4a10");

    private readonly WireServer _wire = new();
    private readonly AmeApiClient _client;

    public AmeWireTests()
    {
        _client = new AmeApiClient(_wire.Http);
    }

    public void Dispose() => _wire.Dispose();

    // ---------------------------------------------------------------- clusters

    [Fact]
    public async Task ListOrganisationClusters_sends_filters_and_paging_and_parses_the_page()
    {
        Respond(200, ClusterPageJson);

        var page = await _client.ListOrganisationClustersAsync(Org, maintenanceSchedule: "weekend", includeDetails: true, page: 2, size: 20, sort: ["name,asc", "createdAt,desc"]);

        var request = Received("GET", "/api/v1/orgs/acme/clusters");
        Assert.Equal(
            [("maintenanceSchedule", "weekend"), ("includeDetails", "true"), ("page", "2"), ("size", "20"), ("sort", "name,asc"), ("sort", "createdAt,desc")],
            Query(request));
        Assert.True(string.IsNullOrEmpty(request.Body));

        Assert.False(page.Last);
        Assert.True(page.First);
        Assert.Equal(0, page.Number);
        Assert.Equal(1, page.NumberOfElements);
        Assert.Equal(3L, page.TotalElements);
        Assert.Equal(3, page.TotalPages);
        Assert.Equal(1, page.Size);
        Assert.False(page.Empty);
        Assert.Equal(0, page.Pageable!.PageNumber);
        Assert.Equal(1, page.Pageable.PageSize);
        Assert.Equal(0L, page.Pageable.Offset);
        AssertCluster(Assert.Single(page.Content!));
    }

    [Fact]
    public async Task ListOrganisationClusters_sends_only_page_when_nothing_else_is_asked()
    {
        Respond(200, """{"content":[],"last":true,"first":true,"empty":true,"number":0,"size":50,"totalElements":0,"totalPages":0,"numberOfElements":0,"sort":{"empty":true,"sorted":false,"unsorted":true}}""");

        var page = await _client.ListOrganisationClustersAsync(Org, page: 0);

        var request = Received("GET", "/api/v1/orgs/acme/clusters");
        Assert.Equal([("page", "0")], Query(request));
        Assert.True(page.Last);
        Assert.Empty(page.Content!);
        // sort comes back as an object from newer Spring versions; it must not break parsing
        Assert.Equal(JsonValueKind.Object, Assert.IsType<JsonElement>(page.Sort).ValueKind);
    }

    [Fact]
    public async Task ListEnvironmentClusters_sends_show_compute_and_paging()
    {
        Respond(200, ClusterPageJson);

        var page = await _client.ListEnvironmentClustersAsync(Org, Env, show_compute: true, includeDetails: false, page: 1, size: 10, sort: ["name"]);

        var request = Received("GET", "/api/v1/orgs/acme/clusters/production");
        Assert.Equal([("show-compute", "true"), ("includeDetails", "false"), ("page", "1"), ("size", "10"), ("sort", "name")], Query(request));
        Assert.Equal(3L, page.TotalElements);
        AssertCluster(Assert.Single(page.Content!));
    }

    [Fact]
    public async Task ListEnvironmentClusters_without_options_sends_no_query()
    {
        Respond(200, ClusterPageJson);

        await _client.ListEnvironmentClustersAsync(Org, Env);

        var request = Received("GET", "/api/v1/orgs/acme/clusters/production");
        Assert.Empty(Query(request));
    }

    [Fact]
    public async Task CreateCluster_posts_the_exact_body_and_parses_the_cluster()
    {
        Respond(201, ClusterJson);
        var body = new ClusterCreateRequest
        {
            Name = "production-eu",
            Description = "Main cluster",
            CloudAccountIdentity = Guid.Parse("8d2b6a59-7f10-4c1e-9b55-0e9f8c3a2d71"),
            Region = "eu-west-1",
            Version = "v1.29.4-u-ame.1",
            UpdateChannel = "v1.29",
            Cni = "cilium",
            PodSecurityStandardsProfile = "baseline",
            EnableHighAvailability = true,
            EnableMultiAvailabilityZones = true,
            EnableNATGateway = false,
            ClusterPodSubnet = "10.244.0.0/16",
            ServiceSubnet = "10.96.0.0/12",
            MaintenanceScheduleIdentity = Guid.Parse("1c7e2d4a-3b5f-4e6a-8c9d-0a1b2c3d4e5f"),
            IpWhitelist = [new IpWhitelistEntry { Cidr = "203.0.113.0/24", Description = "office" }],
            Addons = new Dictionary<string, Addon> { ["cert-manager"] = new() { Enabled = true, CustomValues = new Dictionary<string, string> { ["replicas"] = "2" } } },
            NodePools =
            [
                new NodePoolRequest
                {
                    Name = "workers", NodeSize = "t3.large", AvailabilityZone = "eu-west-1a", AutoScaling = true, MinSize = 1, MaxSize = 5,
                    Labels = new Dictionary<string, string> { ["tier"] = "web" },
                    Taints = [new NodeTaint { Key = "dedicated", Value = "web", Effect = "NoSchedule" }],
                },
            ],
        };

        var cluster = await _client.CreateClusterAsync(Org, Env, body);

        var request = Received("POST", "/api/v1/orgs/acme/clusters/production");
        Assert.Empty(Query(request));
        AssertJsonContentType(request);
        var json = Json(request);
        Assert.Equal("production-eu", json.GetProperty("name").GetString());
        Assert.Equal("Main cluster", json.GetProperty("description").GetString());
        Assert.Equal("8d2b6a59-7f10-4c1e-9b55-0e9f8c3a2d71", json.GetProperty("cloudAccountIdentity").GetString());
        Assert.Equal("eu-west-1", json.GetProperty("region").GetString());
        Assert.Equal("v1.29.4-u-ame.1", json.GetProperty("version").GetString());
        Assert.Equal("v1.29", json.GetProperty("updateChannel").GetString());
        Assert.Equal("cilium", json.GetProperty("cni").GetString());
        Assert.Equal("baseline", json.GetProperty("podSecurityStandardsProfile").GetString());
        Assert.True(json.GetProperty("enableHighAvailability").GetBoolean());
        Assert.True(json.GetProperty("enableMultiAvailabilityZones").GetBoolean());
        Assert.False(json.GetProperty("enableNATGateway").GetBoolean());
        Assert.Equal("10.244.0.0/16", json.GetProperty("clusterPodSubnet").GetString());
        Assert.Equal("10.96.0.0/12", json.GetProperty("serviceSubnet").GetString());
        Assert.Equal("1c7e2d4a-3b5f-4e6a-8c9d-0a1b2c3d4e5f", json.GetProperty("maintenanceScheduleIdentity").GetString());
        var whitelist = Assert.Single(json.GetProperty("ipWhitelist").EnumerateArray());
        Assert.Equal("203.0.113.0/24", whitelist.GetProperty("cidr").GetString());
        Assert.Equal("office", whitelist.GetProperty("description").GetString());
        var addon = json.GetProperty("addons").GetProperty("cert-manager");
        Assert.True(addon.GetProperty("enabled").GetBoolean());
        Assert.Equal("2", addon.GetProperty("customValues").GetProperty("replicas").GetString());
        var pool = Assert.Single(json.GetProperty("nodePools").EnumerateArray());
        Assert.Equal("workers", pool.GetProperty("name").GetString());
        Assert.Equal("t3.large", pool.GetProperty("nodeSize").GetString());
        Assert.Equal("eu-west-1a", pool.GetProperty("availabilityZone").GetString());
        Assert.True(pool.GetProperty("autoScaling").GetBoolean());
        Assert.Equal(1, pool.GetProperty("minSize").GetInt64());
        Assert.Equal(5, pool.GetProperty("maxSize").GetInt64());
        Assert.Equal("web", pool.GetProperty("labels").GetProperty("tier").GetString());
        var taint = Assert.Single(pool.GetProperty("taints").EnumerateArray());
        Assert.Equal("dedicated", taint.GetProperty("key").GetString());
        Assert.Equal("NoSchedule", taint.GetProperty("effect").GetString());
        AssertAbsentOrNull(pool, "annotations", "enableNodeAutoReplacement", "enableNodeReboots", "upgradeStrategy");
        AssertAbsentOrNull(json, "enableHA", "enableAutoUpgrade", "enableNetworkEncryption", "enablePodSecurityStandards");
        AssertOnlyKnownMembers(json, "name", "description", "cloudAccountIdentity", "region", "version", "updateChannel", "cni", "podSecurityStandardsProfile",
            "enablePodSecurityStandards", "enableAutoUpgrade", "enableHA", "enableHighAvailability", "enableMultiAvailabilityZones", "enableNATGateway",
            "enableNetworkEncryption", "clusterPodSubnet", "serviceSubnet", "maintenanceScheduleIdentity", "ipWhitelist", "addons", "nodePools");

        AssertCluster(cluster);
    }

    [Fact]
    public async Task CreateCluster_accepts_200_as_well()
    {
        Respond(200, ClusterJson);

        var cluster = await _client.CreateClusterAsync(Org, Env, new ClusterCreateRequest { Name = "c", Region = "r", Version = "v", CloudAccountIdentity = Guid.NewGuid() });

        var json = Json(Received("POST", "/api/v1/orgs/acme/clusters/production"));
        Assert.Equal(0, json.GetProperty("nodePools").GetArrayLength());
        Assert.Equal("production-eu", cluster.Slug);
    }

    [Fact]
    public async Task GetCluster_sends_the_query_flags_and_parses_the_cluster()
    {
        Respond(200, ClusterJson);

        var cluster = await _client.GetClusterAsync(Org, Env, ClusterSlug, show_compute: true, includeDetails: true);

        var request = Received("GET", ClusterPath);
        Assert.Equal([("show-compute", "true"), ("includeDetails", "true")], Query(request));
        AssertCluster(cluster);
    }

    [Fact]
    public async Task GetCluster_keeps_unknown_status_values_and_members()
    {
        Respond(200, """{"slug":"c1","status":"hibernating","desiredStatus":"sleeping","provisionStatus":"SOMETHING_NEW","cni":"flannel","brandNew":{"a":1}}""");

        var cluster = await _client.GetClusterAsync(Org, Env, "c1");

        Assert.Empty(Query(Received("GET", "/api/v1/orgs/acme/clusters/production/c1")));
        Assert.Equal("hibernating", cluster.Status);
        Assert.Equal("sleeping", cluster.DesiredStatus);
        Assert.Equal("SOMETHING_NEW", cluster.ProvisionStatus);
        Assert.Equal("flannel", cluster.Cni);
        Assert.True(cluster.AdditionalProperties!.ContainsKey("brandNew"));
    }

    [Fact]
    public async Task UpdateCluster_patches_only_the_given_members()
    {
        Respond(200, ClusterJson);
        var body = new ClusterUpdateRequest
        {
            Version = "v1.30.1-u-ame.1",
            UpdateChannel = "v1.30",
            EnableAutoUpgrade = false,
            DeleteProtection = true,
            CloudCredentialsIdentity = Guid.Parse("5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"),
            IpWhitelist = [new IpWhitelistEntry { Cidr = "198.51.100.7/32", Description = "vpn" }],
        };

        var cluster = await _client.UpdateClusterAsync(Org, Env, ClusterSlug, body);

        var request = Received("PATCH", ClusterPath);
        Assert.Empty(Query(request));
        AssertJsonContentType(request);
        var json = Json(request);
        Assert.Equal("v1.30.1-u-ame.1", json.GetProperty("version").GetString());
        Assert.Equal("v1.30", json.GetProperty("updateChannel").GetString());
        Assert.False(json.GetProperty("enableAutoUpgrade").GetBoolean());
        Assert.True(json.GetProperty("deleteProtection").GetBoolean());
        Assert.Equal("5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", json.GetProperty("cloudCredentialsIdentity").GetString());
        Assert.Equal("198.51.100.7/32", Assert.Single(json.GetProperty("ipWhitelist").EnumerateArray()).GetProperty("cidr").GetString());
        AssertAbsentOrNull(json, "status", "cni", "podSecurityStandardsProfile", "enableHighAvailability", "enableNetworkEncryption", "environmentSlug",
            "maintenanceScheduleIdentity", "addons");
        AssertOnlyKnownMembers(json, "status", "version", "updateChannel", "cni", "podSecurityStandardsProfile", "enableAutoUpgrade", "enableHighAvailability",
            "enableNetworkEncryption", "deleteProtection", "environmentSlug", "cloudCredentialsIdentity", "maintenanceScheduleIdentity", "ipWhitelist", "addons");
        AssertCluster(cluster);
    }

    [Theory]
    [InlineData("deleting")]
    [InlineData("stopping")]
    [InlineData("starting")]
    public async Task Delete_stop_and_start_are_a_patch_with_a_status(string status)
    {
        Respond(200, ClusterJson.Replace("\"status\": \"started\"", $"\"status\": \"{status}\"", StringComparison.Ordinal));

        var cluster = await _client.UpdateClusterAsync(Org, Env, ClusterSlug, new ClusterUpdateRequest { Status = status });

        var request = Received("PATCH", ClusterPath);
        var json = Json(request);
        Assert.Equal(status, json.GetProperty("status").GetString());
        AssertAbsentOrNull(json, "version", "updateChannel", "deleteProtection", "ipWhitelist", "enableAutoUpgrade");
        Assert.Equal(status, cluster.Status);
    }

    [Fact]
    public async Task GetClusterJoinConfig_parses_the_join_config()
    {
        Respond(200, JoinConfigJson);

        var config = await _client.GetClusterJoinConfigAsync(Org, Env, ClusterSlug);

        var request = Received("GET", ClusterPath + "/join-config");
        Assert.Empty(Query(request));
        AssertJoinConfig(config);
    }

    [Fact]
    public async Task MoveCluster_posts_both_environments()
    {
        Respond(200, """{"ignored":true}""");

        await _client.MoveClusterAsync(Org, ClusterSlug, new ClusterMoveRequest { CurrentEnvironment = "production", NewEnvironment = "staging" });

        var request = Received("POST", "/api/v1/orgs/acme/clusters/production-eu/move");
        Assert.Empty(Query(request));
        AssertJsonContentType(request);
        var json = Json(request);
        Assert.Equal("production", json.GetProperty("currentEnvironment").GetString());
        Assert.Equal("staging", json.GetProperty("newEnvironment").GetString());
        AssertOnlyKnownMembers(json, "currentEnvironment", "newEnvironment");
    }

    [Fact]
    public async Task MoveCluster_accepts_204()
    {
        Respond(204, null);

        await _client.MoveClusterAsync(Org, ClusterSlug, new ClusterMoveRequest { CurrentEnvironment = "a", NewEnvironment = "b" });

        Received("POST", "/api/v1/orgs/acme/clusters/production-eu/move");
    }

    [Fact]
    public async Task GetClusterOidcConfig_parses_the_settings()
    {
        Respond(200, """
            {
              "endpoint": "https://production-eu.acme.avisi.cloud:6443",
              "caCertificate": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
              "issuerUrl": "https://sso.avisi.cloud/realms/acme",
              "clientId": "production-eu",
              "clientSecret": "s3cr3t"
            }
            """);

        var oidc = await _client.GetClusterOidcConfigAsync(Org, Env, ClusterSlug);

        Assert.Empty(Query(Received("GET", ClusterPath + "/oidc-config")));
        Assert.Equal("https://production-eu.acme.avisi.cloud:6443", oidc.Endpoint);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\nMIIB", oidc.CaCertificate, StringComparison.Ordinal);
        Assert.Equal("https://sso.avisi.cloud/realms/acme", oidc.IssuerUrl);
        Assert.Equal("production-eu", oidc.ClientId);
        Assert.Equal("s3cr3t", oidc.ClientSecret);
    }

    [Fact]
    public async Task UpdatePrometheusRulesInheritance_posts_the_flag_and_parses_the_message()
    {
        Respond(200, """{"message":"Prometheus rules inheritance updated"}""");

        var result = await _client.UpdatePrometheusRulesInheritanceAsync(Org, Env, ClusterSlug, new PrometheusRulesInheritanceRequest { EnvironmentPrometheusRules = true });

        var request = Received("POST", ClusterPath + "/prometheus-rules-inheritance");
        Assert.Empty(Query(request));
        AssertJsonContentType(request);
        var json = Json(request);
        Assert.True(json.GetProperty("environmentPrometheusRules").GetBoolean());
        AssertOnlyKnownMembers(json, "environmentPrometheusRules");
        Assert.Equal("Prometheus rules inheritance updated", result.Message);
    }

    // ---------------------------------------------------------------- node pools

    [Fact]
    public async Task ListNodePools_parses_a_plain_array()
    {
        Respond(200, "[" + NodePoolJson + ",{\"id\":8,\"name\":\"batch\",\"provisionStatus\":\"SOMETHING_NEW\"}]");

        var pools = await _client.ListNodePoolsAsync(Org, Env, ClusterSlug);

        Assert.Empty(Query(Received("GET", ClusterPath + "/pools")));
        Assert.Equal(2, pools.Count);
        AssertNodePool(pools.First());
        Assert.Equal(8L, pools.Last().Id);
        Assert.Equal("SOMETHING_NEW", pools.Last().ProvisionStatus);
    }

    [Fact]
    public async Task CreateNodePool_posts_the_pool_and_parses_it()
    {
        Respond(201, NodePoolJson);

        var pool = await _client.CreateNodePoolAsync(Org, Env, ClusterSlug, FullPoolRequest());

        var request = Received("POST", ClusterPath + "/pools");
        Assert.Empty(Query(request));
        AssertJsonContentType(request);
        AssertFullPoolBody(Json(request));
        AssertNodePool(pool);
    }

    [Fact]
    public async Task CreateNodePool_leaves_out_unset_members()
    {
        Respond(200, NodePoolJson);

        await _client.CreateNodePoolAsync(Org, Env, ClusterSlug, new NodePoolRequest { Name = "workers", NodeSize = "t3.large", MinSize = 2, MaxSize = 2 });

        var json = Json(Received("POST", ClusterPath + "/pools"));
        Assert.Equal("workers", json.GetProperty("name").GetString());
        Assert.Equal(2, json.GetProperty("minSize").GetInt64());
        AssertAbsentOrNull(json, "availabilityZone", "autoScaling", "enableNodeAutoReplacement", "enableNodeReboots", "upgradeStrategy", "annotations", "labels", "taints");
    }

    [Fact]
    public async Task UpdateNodePool_puts_the_full_pool_to_the_integer_id()
    {
        Respond(200, NodePoolJson);

        var pool = await _client.UpdateNodePoolAsync(Org, Env, ClusterSlug, 7, FullPoolRequest());

        var request = Received("PUT", ClusterPath + "/pools/7");
        Assert.Empty(Query(request));
        AssertJsonContentType(request);
        AssertFullPoolBody(Json(request));
        AssertNodePool(pool);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    public async Task DeleteNodePool_deletes_by_integer_id(int status)
    {
        Respond(status, null);

        await _client.DeleteNodePoolAsync(Org, Env, ClusterSlug, 7);

        var request = Received("DELETE", ClusterPath + "/pools/7");
        Assert.Empty(Query(request));
        Assert.True(string.IsNullOrEmpty(request.Body));
    }

    [Fact]
    public async Task GetNodePoolJoinConfig_posts_to_the_pool_identity()
    {
        Respond(200, JoinConfigJson);

        var config = await _client.GetNodePoolJoinConfigAsync(Org, Env, ClusterSlug, PoolIdentity);

        var request = Received("POST", ClusterPath + "/pools/0b6f3c5e-8f43-4d7e-9a61-2f7c1d9e4a10/join-config");
        Assert.Empty(Query(request));
        Assert.True(string.IsNullOrEmpty(request.Body));
        AssertJoinConfig(config);
    }

    // ---------------------------------------------------------------- auth and errors

    [Fact]
    public async Task The_token_header_set_on_the_http_client_reaches_the_server()
    {
        _wire.SetAuthorization("Token", "pat-123");
        Respond(200, "[]");

        await _client.ListNodePoolsAsync(Org, Env, ClusterSlug);

        Received("GET", ClusterPath + "/pools");
        Assert.Equal("Token pat-123", WireServer.Header(_wire.SingleRequest(), "Authorization"));
    }

    public static TheoryData<string, int> ErrorCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var operation in Calls.Keys)
        {
            foreach (var status in new[] { 400, 403, 404, 500 })
            {
                data.Add(operation, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task Documented_errors_throw_with_the_parsed_error_body(string operation, int status)
    {
        Respond(status, """{"message":"Cluster production-eu was not accepted","details":["name: must match ^[a-z0-9-]+$","region: unknown"]}""");

        var error = await Assert.ThrowsAsync<AmeApiException<ErrorResponse>>(() => Calls[operation](_client));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal("Cluster production-eu was not accepted", error.Result.Message);
        Assert.Equal(["name: must match ^[a-z0-9-]+$", "region: unknown"], error.Result.Details!);
        Assert.Single(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task An_html_error_page_still_gives_an_api_exception_with_the_status()
    {
        _wire.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html><body>Bad Gateway</body></html>"));

        var error = await Assert.ThrowsAsync<AmeApiException>(() => _client.GetClusterAsync(Org, Env, ClusterSlug));

        Assert.Equal(502, error.StatusCode);
        Assert.Contains("Bad Gateway", error.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_body_on_a_documented_status_gives_an_api_exception_with_the_status()
    {
        _wire.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "text/html").WithBody("<html>oops</html>"));

        var error = await Assert.ThrowsAsync<AmeApiException>(() => _client.ListNodePoolsAsync(Org, Env, ClusterSlug));

        Assert.Equal(500, error.StatusCode);
        Assert.IsNotType<AmeApiException<ErrorResponse>>(error);
    }

    [Fact]
    public async Task An_undocumented_401_gives_an_api_exception_with_the_raw_body()
    {
        Respond(401, """{"message":"Invalid token"}""");

        var error = await Assert.ThrowsAsync<AmeApiException>(() => _client.GetClusterAsync(Org, Env, ClusterSlug));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Invalid token", error.Response, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Func<AmeApiClient, Task>> Calls = new()
    {
        ["ListOrganisationClusters"] = c => c.ListOrganisationClustersAsync(Org, page: 0),
        ["ListEnvironmentClusters"] = c => c.ListEnvironmentClustersAsync(Org, Env, page: 0),
        ["CreateCluster"] = c => c.CreateClusterAsync(Org, Env, new ClusterCreateRequest { Name = "c", Region = "r", Version = "v", CloudAccountIdentity = Guid.NewGuid() }),
        ["GetCluster"] = c => c.GetClusterAsync(Org, Env, ClusterSlug),
        ["UpdateCluster"] = c => c.UpdateClusterAsync(Org, Env, ClusterSlug, new ClusterUpdateRequest { Status = "deleting" }),
        ["GetClusterJoinConfig"] = c => c.GetClusterJoinConfigAsync(Org, Env, ClusterSlug),
        ["MoveCluster"] = c => c.MoveClusterAsync(Org, ClusterSlug, new ClusterMoveRequest { CurrentEnvironment = "a", NewEnvironment = "b" }),
        ["GetClusterOidcConfig"] = c => c.GetClusterOidcConfigAsync(Org, Env, ClusterSlug),
        ["ListNodePools"] = c => c.ListNodePoolsAsync(Org, Env, ClusterSlug),
        ["CreateNodePool"] = c => c.CreateNodePoolAsync(Org, Env, ClusterSlug, new NodePoolRequest { Name = "p" }),
        ["UpdateNodePool"] = c => c.UpdateNodePoolAsync(Org, Env, ClusterSlug, 7, new NodePoolRequest { Name = "p" }),
        ["DeleteNodePool"] = c => c.DeleteNodePoolAsync(Org, Env, ClusterSlug, 7),
        ["GetNodePoolJoinConfig"] = c => c.GetNodePoolJoinConfigAsync(Org, Env, ClusterSlug, PoolIdentity),
        ["UpdatePrometheusRulesInheritance"] = c => c.UpdatePrometheusRulesInheritanceAsync(Org, Env, ClusterSlug, new PrometheusRulesInheritanceRequest { EnvironmentPrometheusRules = false }),
    };

    [Fact]
    public void Error_table_covers_every_operation_of_the_spec()
    {
        var operations = Specs.SpecDocument.Load("ame.yaml").Operations.Values.Order(StringComparer.Ordinal);
        Assert.Equal(operations, Calls.Keys.Order(StringComparer.Ordinal));
    }

    // ---------------------------------------------------------------- helpers

    private void Respond(int status, string? json)
    {
        var response = Response.Create().WithStatusCode(status);
        if (json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        _wire.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    private WireMock.IRequestMessage Received(string method, string path)
    {
        var entry = _wire.SingleRequest();
        var message = entry.RequestMessage!;
        Assert.Equal(method, message.Method);
        Assert.Equal(path, message.Path);
        return message;
    }

    private static List<(string Name, string Value)> Query(WireMock.IRequestMessage message)
    {
        var query = new Uri(message.Url).Query.TrimStart('?');
        return query.Length == 0
            ? []
            : query.Split('&').Select(pair =>
            {
                var parts = pair.Split('=', 2);
                return (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : string.Empty));
            }).ToList();
    }

    private static void AssertJsonContentType(WireMock.IRequestMessage message)
    {
        var contentType = message.Headers!.Single(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value.Single();
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
    }

    private static JsonElement Json(WireMock.IRequestMessage message)
    {
        Assert.False(string.IsNullOrEmpty(message.Body), "the request had no body");
        return JsonDocument.Parse(message.Body!).RootElement.Clone();
    }

    private static void AssertAbsentOrNull(JsonElement json, params string[] names)
    {
        foreach (var name in names)
        {
            if (json.TryGetProperty(name, out var value))
            {
                Assert.True(value.ValueKind == JsonValueKind.Null, $"'{name}' was sent as {value}");
            }
        }
    }

    private static void AssertOnlyKnownMembers(JsonElement json, params string[] names)
    {
        foreach (var property in json.EnumerateObject())
        {
            Assert.Contains(property.Name, names);
        }
    }

    private static NodePoolRequest FullPoolRequest() => new()
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
        Annotations = new Dictionary<string, string> { ["team"] = "platform" },
        Labels = new Dictionary<string, string> { ["tier"] = "web" },
        Taints = [new NodeTaint { Key = "dedicated", Value = "web", Effect = "NoSchedule" }],
    };

    private static void AssertFullPoolBody(JsonElement json)
    {
        Assert.Equal("workers", json.GetProperty("name").GetString());
        Assert.Equal("t3.large", json.GetProperty("nodeSize").GetString());
        Assert.Equal("eu-west-1a", json.GetProperty("availabilityZone").GetString());
        Assert.True(json.GetProperty("autoScaling").GetBoolean());
        Assert.Equal(2, json.GetProperty("minSize").GetInt64());
        Assert.Equal(6, json.GetProperty("maxSize").GetInt64());
        Assert.True(json.GetProperty("enableNodeAutoReplacement").GetBoolean());
        Assert.False(json.GetProperty("enableNodeReboots").GetBoolean());
        Assert.Equal("REPLACE", json.GetProperty("upgradeStrategy").GetString());
        Assert.Equal("platform", json.GetProperty("annotations").GetProperty("team").GetString());
        Assert.Equal("web", json.GetProperty("labels").GetProperty("tier").GetString());
        var taint = Assert.Single(json.GetProperty("taints").EnumerateArray());
        Assert.Equal("dedicated", taint.GetProperty("key").GetString());
        Assert.Equal("web", taint.GetProperty("value").GetString());
        Assert.Equal("NoSchedule", taint.GetProperty("effect").GetString());
        AssertOnlyKnownMembers(json, "name", "nodeSize", "availabilityZone", "autoScaling", "minSize", "maxSize", "enableNodeAutoReplacement",
            "enableNodeReboots", "upgradeStrategy", "annotations", "labels", "taints");
    }

    private static void AssertCluster(Cluster cluster)
    {
        Assert.Equal(Guid.Parse("6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f"), cluster.Identity);
        Assert.Equal("Production EU", cluster.Name);
        Assert.Equal("production-eu", cluster.Slug);
        Assert.Equal("acme", cluster.CustomerSlug);
        Assert.Equal("production", cluster.EnvironmentSlug);
        Assert.Equal(Guid.Parse("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"), cluster.EnvironmentIdentity);
        Assert.Equal("aws", cluster.CloudProvider);
        Assert.Equal("AWS production", cluster.CloudAccount!.DisplayName);
        Assert.True(cluster.CloudAccount.PrimaryCloudCredentials!.IsPrimary);
        Assert.Equal("prod-credentials", cluster.CloudCredentials!.DisplayName);
        Assert.Equal("eu-west-1", cluster.Region);
        Assert.Equal("v1.29.4-u-ame.1", cluster.Version);
        Assert.Equal("v1.29.4", cluster.UpdateChannel!.KubernetesClusterVersion);
        Assert.Equal("started", cluster.Status);
        Assert.Equal("started", cluster.DesiredStatus);
        Assert.Equal("DONE", cluster.ProvisionStatus);
        Assert.Equal("running", cluster.ActualState!.Status);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 15, 0, TimeSpan.Zero), cluster.ActualState.CollectedAt);
        Assert.Equal("cilium", cluster.Cni);
        Assert.True(cluster.HighlyAvailable);
        Assert.False(cluster.EnableNATGateway);
        Assert.True(cluster.DeleteProtection);
        Assert.Equal(24L, cluster.Cpu);
        Assert.Equal(98304L, cluster.Memory);
        Assert.Equal("office", Assert.Single(AmeIpWhitelist.Read(cluster)).Description);
        Assert.Equal("2", cluster.Addons!["cert-manager"].CustomValues!["replicas"]);
        Assert.Equal(240, Assert.Single(cluster.MaintenanceSchedule!.Windows!).Duration);
        Assert.Equal(12L, cluster.ObservabilityTenant!.Id);
        Assert.True(cluster.ObservabilityTenant.Cluster!.AdditionalProperties!.ContainsKey("slug"));
        Assert.Equal(new DateTimeOffset(2024, 1, 10, 8, 0, 0, TimeSpan.Zero), cluster.CreatedAt);
        Assert.Null(cluster.DeletedAt);
    }

    private static void AssertNodePool(NodePool pool)
    {
        Assert.Equal(7L, pool.Id);
        Assert.Equal(PoolIdentity, pool.Identity);
        Assert.Equal("workers", pool.Name);
        Assert.Equal("t3.large", pool.NodeSize);
        Assert.True(pool.AutoScaling);
        Assert.Equal(2L, pool.MinSize);
        Assert.Equal(6L, pool.MaxSize);
        Assert.Equal("DONE", pool.ProvisionStatus);
        Assert.Equal("web", pool.Labels!["tier"]);
        Assert.Equal("NoSchedule", Assert.Single(pool.Taints!).Effect);
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 9, 30, 0, TimeSpan.Zero), pool.CreatedAt);
    }

    private static void AssertJoinConfig(JoinConfig config)
    {
        Assert.Equal("kubeadm join 10.0.0.1:6443 --token abc.def", config.JoinCommand);
        Assert.Equal("I2Nsb3VkLWNvbmZpZw==", config.CloudInitUserDataBase64);
        Assert.Equal("IyEvYmluL3NoCg==", config.InstallScriptBase64);
        Assert.Equal("IyEvYmluL3NoIHVwZ3JhZGU=", config.UpgradeScriptBase64);
        Assert.Equal("a2luZDogS3ViZWxldENvbmZpZ3VyYXRpb24=", config.KubeletConfigBase64);
        Assert.Equal("v1.29.4", config.Versions!.Kubernetes);
        Assert.Equal("1.7.13", config.Versions.Containerd);
        Assert.Equal("1.29.0", config.Versions.Crictl);
    }

    private const string ClusterJson = """
        {
          "identity": "6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
          "name": "Production EU",
          "slug": "production-eu",
          "description": "Main cluster",
          "customerIdentity": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
          "customerSlug": "acme",
          "environmentIdentity": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
          "environmentSlug": "production",
          "cloudProvider": "aws",
          "cloudAccount": {
            "identity": "8d2b6a59-7f10-4c1e-9b55-0e9f8c3a2d71",
            "displayName": "AWS production",
            "primaryCloudCredentials": { "identity": "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "displayName": "prod-credentials", "isPrimary": true }
          },
          "cloudCredentials": { "identity": "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "displayName": "prod-credentials", "isPrimary": true },
          "region": "eu-west-1",
          "version": "v1.29.4-u-ame.1",
          "updateChannel": { "name": "v1.29", "available": true, "kubernetesClusterVersion": "v1.29.4" },
          "status": "started",
          "desiredStatus": "started",
          "provisionStatus": "DONE",
          "actualState": { "status": "running", "version": "v1.29.4", "collectedAt": "2024-05-01T10:15:00Z" },
          "cni": "cilium",
          "podSecurityStandardsProfile": "baseline",
          "clusterPodSubnet": "10.244.0.0/16",
          "serviceSubnet": "10.96.0.0/12",
          "autoUpgrade": true,
          "highlyAvailable": true,
          "enableMultiAvailabilityZones": true,
          "enableNATGateway": false,
          "enableNetworkEncryption": true,
          "ameOIDC": true,
          "deleteProtection": true,
          "environmentPrometheusRules": false,
          "cpu": 24,
          "memory": 98304,
          "poolID": 3,
          "poolName": "workers",
          "ipWhitelist": [ { "cidr": "203.0.113.0/24", "description": "office" } ],
          "addons": { "cert-manager": { "enabled": true, "customValues": { "replicas": "2" } } },
          "maintenanceSchedule": {
            "identity": "1c7e2d4a-3b5f-4e6a-8c9d-0a1b2c3d4e5f",
            "name": "weekend",
            "clusterCount": 4,
            "windows": [ { "day": "SATURDAY", "startTime": "02:00", "duration": 240 } ]
          },
          "observabilityTenant": {
            "id": 12,
            "identity": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
            "name": "production-eu",
            "slug": "production-eu",
            "customer": "acme",
            "available": true,
            "ipWhiteList": "0.0.0.0/0",
            "cluster": { "slug": "production-eu" },
            "environment": { "slug": "production" },
            "createdAt": "2024-01-10T08:05:00Z",
            "modifiedAt": "2024-01-10T08:05:00Z",
            "deletedAt": null
          },
          "createdAt": "2024-01-10T08:00:00Z",
          "modifiedAt": "2024-05-01T10:00:00Z",
          "deletedAt": null
        }
        """;

    private static readonly string ClusterPageJson = $$"""
        {
          "content": [ {{ClusterJson}} ],
          "pageable": { "offset": 0, "pageNumber": 0, "pageSize": 1, "paged": true, "unpaged": false,
                        "sort": [ { "ascending": true, "direction": "ASC", "ignoreCase": false, "nullHandling": "NATIVE", "property": "name" } ] },
          "last": false,
          "totalElements": 3,
          "totalPages": 3,
          "first": true,
          "size": 1,
          "number": 0,
          "sort": [ { "ascending": true, "direction": "ASC", "ignoreCase": false, "nullHandling": "NATIVE", "property": "name" } ],
          "numberOfElements": 1,
          "empty": false
        }
        """;

    private const string NodePoolJson = """
        {
          "id": 7,
          "identity": "0b6f3c5e-8f43-4d7e-9a61-2f7c1d9e4a10",
          "name": "workers",
          "nodeSize": "t3.large",
          "availabilityZone": "eu-west-1a",
          "autoScaling": true,
          "minSize": 2,
          "maxSize": 6,
          "enableNodeAutoReplacement": true,
          "enableNodeReboots": false,
          "upgradeStrategy": "REPLACE",
          "provisionStatus": "DONE",
          "annotations": { "team": "platform" },
          "labels": { "tier": "web" },
          "taints": [ { "key": "dedicated", "value": "web", "effect": "NoSchedule" } ],
          "createdAt": "2024-02-01T09:30:00Z",
          "modifiedAt": "2024-02-01T09:45:00Z"
        }
        """;

    private const string JoinConfigJson = """
        {
          "joinCommand": "kubeadm join 10.0.0.1:6443 --token abc.def",
          "cloudInitUserDataBase64": "I2Nsb3VkLWNvbmZpZw==",
          "installScriptBase64": "IyEvYmluL3NoCg==",
          "upgradeScriptBase64": "IyEvYmluL3NoIHVwZ3JhZGU=",
          "kubeletConfigBase64": "a2luZDogS3ViZWxldENvbmZpZ3VyYXRpb24=",
          "versions": { "kubernetes": "v1.29.4", "containerd": "1.7.13", "crictl": "1.29.0" }
        }
        """;
}
