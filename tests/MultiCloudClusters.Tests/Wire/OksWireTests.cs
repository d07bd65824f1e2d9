using System.Text.Json;
using MultiCloudClusters.Providers.Oks.Generated;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>
/// The generated OKS client against a mock server: every operation's request on the wire, its success
/// body parsed into the typed result, and its documented error statuses.
/// </summary>
public sealed class OksWireTests : IDisposable
{
    private const string Prefix = "/api/v2";

    private readonly WireServer _wire = new(Prefix);
    private readonly OksApiClient _client;

    public OksWireTests() => _client = new OksApiClient(_wire.Http);

    public void Dispose() => _wire.Dispose();

    // ------------------------------------------------------------------ sample bodies

    private const string ProjectJson = """
        {
          "id": "a1b2c3d4-0000-4000-8000-000000000001",
          "name": "shop",
          "description": "web shop",
          "cidr": "10.50.0.0/18",
          "region": "eu-west-2",
          "status": "ready",
          "tags": { "team": "web", "env": "prod" },
          "net_specific": { "disable_lan_security_groups": true },
          "disable_api_termination": true,
          "created_at": "2025-03-04T10:11:12Z",
          "updated_at": "2025-03-05T08:00:00Z",
          "deleted_at": null,
          "some_future_member": { "x": 1 }
        }
        """;

    private const string ClusterJson = """
        {
          "project_id": "a1b2c3d4-0000-4000-8000-000000000001",
          "id": "3f0c9e1e-5a8b-4c1d-9f2e-0d6b7a1c2e3f",
          "name": "web-prod",
          "description": "front",
          "cp_multi_az": true,
          "cp_subregions": ["2a", "2b", "2c"],
          "version": "1.31",
          "expected_version": null,
          "cni": "cilium",
          "admin_lbu": false,
          "admission_flags": {
            "disable_admission_plugins": ["DefaultStorageClass"],
            "enable_admission_plugins": ["AlwaysPullImages"],
            "applied_admission_plugins": ["NamespaceLifecycle", "LimitRanger", "AlwaysPullImages"]
          },
          "cidr_pods": "10.91.0.0/16",
          "cidr_service": "10.92.0.0/16",
          "cluster_dns": "10.92.0.10",
          "tags": { "team": "web" },
          "auto_maintenances": {
            "minor_upgrade_maintenance": { "enabled": true, "duration_hours": 0, "start_hour": 12, "week_day": "Tue", "tz": "UTC" },
            "patch_upgrade_maintenance": { "enabled": false, "duration_hours": 4, "start_hour": 1, "week_day": "Sat", "tz": "UTC" }
          },
          "maintenance_window": { "duration_hours": 2, "start_hour": 3, "week_day": "Sun", "tz": "Europe/Paris" },
          "control_planes": "cp.3.masters.small",
          "expected_control_planes": "cp.3.masters.medium",
          "admin_whitelist": ["203.0.113.7/32"],
          "statuses": {
            "created_at": "2025-03-04T10:11:12Z",
            "deleted_at": null,
            "updated_at": "2025-03-04T10:20:00Z",
            "status": "hibernating",
            "available_upgrade": "1.32"
          },
          "disable_api_termination": false,
          "auth": {
            "oidc": {
              "issuer-url": "https://id.example.com",
              "client-id": "kube",
              "username-claim": "email",
              "groups-claim": ["groups"],
              "required-claim": { "aud": "kube", "mfa": true }
            }
          }
        }
        """;

    private const string Context = """ "ResponseContext": { "RequestId": "req-42" } """;

    private static string Envelope(string members) => "{" + Context + "," + members + "}";

    // ------------------------------------------------------------------ helpers

    private void Answer(string body, int status = 200, string contentType = "application/json") =>
        _wire.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));

    private ILogEntry Sent(string method, string path)
    {
        var entry = _wire.SingleRequest();
        Assert.Equal(method, entry.RequestMessage!.Method);
        Assert.Equal(Prefix + path, entry.RequestMessage.Path);
        return entry;
    }

    private static void AssertQuery(ILogEntry entry, params (string Name, string Value)[] expected)
    {
        var actual = (entry.RequestMessage!.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .SelectMany(kv => kv.Value.Select(v => (kv.Key, v)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(), actual);
    }

    private static void AssertNoBody(ILogEntry entry) => Assert.True(string.IsNullOrEmpty(entry.RequestMessage!.Body), "no request body expected");

    private static JsonElement JsonBody(ILogEntry entry)
    {
        Assert.StartsWith("application/json", WireServer.Header(entry, "Content-Type"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(entry.RequestMessage!.Body), "a JSON body was expected");
        return JsonDocument.Parse(entry.RequestMessage.Body!).RootElement.Clone();
    }

    /// <summary>An optional member the caller did not set is either left out or null, never a value.</summary>
    private static void AssertUnset(JsonElement body, string name) =>
        Assert.True(!body.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null, $"{name} should be unset");

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static void AssertProject(Project? p)
    {
        Assert.NotNull(p);
        Assert.Equal("a1b2c3d4-0000-4000-8000-000000000001", p.Id);
        Assert.Equal("shop", p.Name);
        Assert.Equal("web shop", p.Description);
        Assert.Equal("10.50.0.0/18", p.Cidr);
        Assert.Equal("eu-west-2", p.Region);
        Assert.Equal("ready", p.Status);
        Assert.Equal("prod", p.Tags["env"]);
        Assert.True(p.Net_specific!.Disable_lan_security_groups);
        Assert.True(p.Disable_api_termination);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 11, 12, TimeSpan.Zero), p.Created_at);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 8, 0, 0, TimeSpan.Zero), p.Updated_at);
        Assert.Null(p.Deleted_at);
        Assert.True(p.AdditionalProperties!.ContainsKey("some_future_member"));
    }

    private static void AssertCluster(Cluster? c)
    {
        Assert.NotNull(c);
        Assert.Equal("3f0c9e1e-5a8b-4c1d-9f2e-0d6b7a1c2e3f", c.Id);
        Assert.Equal("a1b2c3d4-0000-4000-8000-000000000001", c.Project_id);
        Assert.Equal("web-prod", c.Name);
        Assert.Equal("front", c.Description);
        Assert.True(c.Cp_multi_az);
        Assert.Equal(["2a", "2b", "2c"], c.Cp_subregions);
        Assert.Equal("1.31", c.Version);
        Assert.Null(c.Expected_version);
        Assert.Equal("cilium", c.Cni);
        Assert.False(c.Admin_lbu);
        Assert.Equal(["DefaultStorageClass"], c.Admission_flags.Disable_admission_plugins);
        Assert.Equal(["AlwaysPullImages"], c.Admission_flags.Enable_admission_plugins);
        Assert.Contains("LimitRanger", c.Admission_flags.Applied_admission_plugins!);
        Assert.Equal("10.91.0.0/16", c.Cidr_pods);
        Assert.Equal("10.92.0.0/16", c.Cidr_service);
        Assert.Equal("10.92.0.10", c.Cluster_dns);
        Assert.Equal("web", c.Tags["team"]);
#pragma warning disable CS0612 // auto_maintenances is deprecated but still sent by the server
        Assert.Equal("Tue", c.Auto_maintenances!.Minor_upgrade_maintenance.Week_day);
        Assert.False(c.Auto_maintenances.Patch_upgrade_maintenance.Enabled);
        Assert.Equal(4, c.Auto_maintenances.Patch_upgrade_maintenance.Duration_hours);
#pragma warning restore CS0612
        Assert.Equal(2, c.Maintenance_window!.Duration_hours);
        Assert.Equal(3, c.Maintenance_window.Start_hour);
        Assert.Equal("Sun", c.Maintenance_window.Week_day);
        Assert.Equal("Europe/Paris", c.Maintenance_window.Tz);
        Assert.Equal("cp.3.masters.small", c.Control_planes);
        Assert.Equal("cp.3.masters.medium", c.Expected_control_planes);
        Assert.Equal(["203.0.113.7/32"], c.Admin_whitelist);
        Assert.Equal("hibernating", c.Statuses.Status); // an unknown status value still parses
        Assert.Equal("1.32", c.Statuses.Available_upgrade);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 11, 12, TimeSpan.Zero), c.Statuses.Created_at);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 20, 0, TimeSpan.Zero), c.Statuses.Updated_at);
        Assert.Null(c.Statuses.Deleted_at);
        Assert.False(c.Disable_api_termination);
        Assert.Equal("https://id.example.com", c.Auth!.Oidc!.IssuerUrl);
        Assert.Equal("kube", c.Auth.Oidc.ClientId);
        Assert.Equal(["groups"], c.Auth.Oidc.GroupsClaim);
        Assert.Equal("kube", ((JsonElement)c.Auth.Oidc.RequiredClaim!["aud"]).GetString());
        Assert.True(((JsonElement)c.Auth.Oidc.RequiredClaim["mfa"]).GetBoolean());
    }

    // ------------------------------------------------------------------ projects

    [Fact]
    public async Task CreateProject_posts_the_project_and_parses_it()
    {
        Answer(Envelope($"\"Project\": {ProjectJson}"));

        var result = await _client.CreateProjectAsync(new ProjectCreateRequest
        {
            Name = "shop",
            Cidr = "10.50.0.0/18",
            Region = "eu-west-2",
            Tags = new() { ["team"] = "web" },
            Net_specific = new NetSpecific { Disable_lan_security_groups = true },
            Disable_api_termination = true,
        });

        var entry = Sent("POST", "/projects");
        AssertQuery(entry);
        Assert.Equal("application/json", WireServer.Header(entry, "Accept"));
        var body = JsonBody(entry);
        Assert.Equal("shop", body.GetProperty("name").GetString());
        Assert.Equal("10.50.0.0/18", body.GetProperty("cidr").GetString());
        Assert.Equal("eu-west-2", body.GetProperty("region").GetString());
        Assert.Equal("web", body.GetProperty("tags").GetProperty("team").GetString());
        Assert.True(body.GetProperty("net_specific").GetProperty("disable_lan_security_groups").GetBoolean());
        Assert.True(body.GetProperty("disable_api_termination").GetBoolean());
        AssertUnset(body, "description");
        AssertUnset(body, "quirks");

        Assert.Equal("req-42", result.ResponseContext!.RequestId);
        AssertProject(result.Project);
    }

    [Fact]
    public async Task ListProjects_sends_every_filter_and_parses_cursor_pagination()
    {
        Answer(Envelope($$"""
            "Pagination": { "cursor": { "next_cursor": "eyJpZCI6M30=" }, "offset": null },
            "Projects": [ {{ProjectJson}} ]
            """));

        var result = await _client.ListProjectsAsync(name: "shop", status: "ready", cidr: "10.50.0.0/18", deleted: false, cursor: "eyJpZCI6Mn0=", page: 2, limit: 100);

        var entry = Sent("GET", "/projects");
        AssertQuery(entry, ("name", "shop"), ("status", "ready"), ("cidr", "10.50.0.0/18"), ("deleted", "false"), ("cursor", "eyJpZCI6Mn0="), ("page", "2"), ("limit", "100"));
        AssertNoBody(entry);

        Assert.Equal("req-42", result.ResponseContext!.RequestId);
        Assert.Equal("eyJpZCI6M30=", result.Pagination!.Cursor!.Next_cursor);
        Assert.Null(result.Pagination.Offset);
        AssertProject(Assert.Single(result.Projects!));
    }

    [Fact]
    public async Task ListProjects_without_filters_sends_no_query_and_parses_offset_pagination()
    {
        Answer(Envelope("""
            "Pagination": { "cursor": null, "offset": { "page": 1, "limit": 20, "total": 0 } },
            "Projects": []
            """));

        var result = await _client.ListProjectsAsync();

        var entry = Sent("GET", "/projects");
        AssertQuery(entry);
        Assert.Null(result.Pagination!.Cursor);
        Assert.Equal(1, result.Pagination.Offset!.Page);
        Assert.Equal(20, result.Pagination.Offset.Limit);
        Assert.Equal(0, result.Pagination.Offset.Total);
        Assert.Empty(result.Projects!);
    }

    [Fact]
    public async Task GetProject_gets_by_id()
    {
        Answer(Envelope($"\"Project\": {ProjectJson}"));

        var result = await _client.GetProjectAsync("a1b2c3d4-0000-4000-8000-000000000001");

        var entry = Sent("GET", "/projects/a1b2c3d4-0000-4000-8000-000000000001");
        AssertQuery(entry);
        AssertNoBody(entry);
        AssertProject(result.Project);
    }

    [Fact]
    public async Task UpdateProject_patches_only_the_set_members()
    {
        Answer(Envelope($"\"Project\": {ProjectJson}"));

        var result = await _client.UpdateProjectAsync("prj-1", new ProjectUpdateRequest
        {
            Tags = new() { ["env"] = "prod" },
            Disable_api_termination = false,
        });

        var entry = Sent("PATCH", "/projects/prj-1");
        AssertQuery(entry);
        var body = JsonBody(entry);
        Assert.Equal("prod", body.GetProperty("tags").GetProperty("env").GetString());
        Assert.False(body.GetProperty("disable_api_termination").GetBoolean());
        AssertUnset(body, "quirks");
        AssertUnset(body, "description");
        AssertProject(result.Project);
    }

    [Fact]
    public async Task DeleteProject_deletes_and_parses_the_detail()
    {
        Answer(Envelope("\"detail\": \"Project prj-1 marked for deletion\""));

        var result = await _client.DeleteProjectAsync("prj-1");

        var entry = Sent("DELETE", "/projects/prj-1");
        AssertQuery(entry);
        AssertNoBody(entry);
        Assert.Equal("req-42", result.ResponseContext!.RequestId);
        Assert.Equal("Project prj-1 marked for deletion", result.Detail);
    }

    [Fact]
    public async Task GetProjectQuotas_parses_quotas_and_subregions()
    {
        Answer(Envelope("""
            "Project": {
              "request_id": "rpc-7",
              "data": {
                "quotas": [ { "ShortDescription": "VM limit", "QuotaCollection": "Compute", "AccountId": "123456789012",
                              "Description": "Maximum number of VMs", "MaxValue": 20, "UsedValue": 6, "Name": "vm_limit" } ],
                "subregions": [ { "State": "available", "RegionName": "eu-west-2", "SubregionName": "eu-west-2a", "LocationCode": "PAR1" } ]
              }
            }
            """));

        var result = await _client.GetProjectQuotasAsync("prj-1");

        var entry = Sent("GET", "/projects/prj-1/quotas");
        AssertQuery(entry);
        Assert.Equal("rpc-7", result.Project!.Request_id);
        var quota = Assert.Single(result.Project.Data!.Quotas!);
        Assert.Equal("vm_limit", quota.Name);
        Assert.Equal(20, quota.MaxValue);
        Assert.Equal(6, quota.UsedValue);
        Assert.Equal("Compute", quota.QuotaCollection);
        var sub = Assert.Single(result.Project.Data.Subregions!);
        Assert.Equal("eu-west-2a", sub.SubregionName);
        Assert.Equal("PAR1", sub.LocationCode);
    }

    [Fact]
    public async Task GetProjectSnapshots_parses_snapshots()
    {
        Answer(Envelope("""
            "Snapshots": [ {
              "VolumeSize": 10, "AccountId": "123456789012", "VolumeId": "vol-12345678", "CreationDate": "2025-03-04T10:11:12.000Z",
              "Progress": 100, "SnapshotId": "snap-abcdef01", "State": "completed", "Description": "etcd backup",
              "Tags": [ { "Key": "OscK8sClusterID/web-prod", "Value": "owned" } ],
              "PermissionsToCreateVolume": { "GlobalPermission": 0, "AccountIds": ["987654321098"] }
            } ]
            """));

        var result = await _client.GetProjectSnapshotsAsync("prj-1");

        var entry = Sent("GET", "/projects/prj-1/snapshots");
        AssertQuery(entry);
        var snap = Assert.Single(result.Snapshots!);
        Assert.Equal("snap-abcdef01", snap.SnapshotId);
        Assert.Equal(10, snap.VolumeSize);
        Assert.Equal(100, snap.Progress);
        Assert.Equal("completed", snap.State);
        Assert.Equal("2025-03-04T10:11:12.000Z", snap.CreationDate);
        Assert.Equal("owned", Assert.Single(snap.Tags!).Value);
        Assert.Equal(["987654321098"], snap.PermissionsToCreateVolume!.AccountIds);
    }

    [Fact]
    public async Task GetProjectPublicIps_parses_ips()
    {
        Answer(Envelope("""
            "PublicIps": [ { "Tags": [ { "Key": "name", "Value": "nat" } ], "PublicIp": "198.51.100.4", "PublicIpId": "eipalloc-1234abcd" } ]
            """));

        var result = await _client.GetProjectPublicIpsAsync("prj-1");

        var entry = Sent("GET", "/projects/prj-1/public_ips");
        AssertQuery(entry);
        var ip = Assert.Single(result.PublicIps!);
        Assert.Equal("198.51.100.4", ip.PublicIp);
        Assert.Equal("eipalloc-1234abcd", ip.PublicIpId);
        Assert.Equal("nat", Assert.Single(ip.Tags!).Value);
    }

    [Fact]
    public async Task GetProjectNets_parses_nets()
    {
        Answer(Envelope("""
            "Nets": [ { "DhcpOptionsSetId": "dopt-1", "IpRange": "10.50.0.0/18", "NetId": "vpc-abcd1234", "State": "available", "Tenancy": "default" } ]
            """));

        var result = await _client.GetProjectNetsAsync("prj-1");

        var entry = Sent("GET", "/projects/prj-1/nets");
        AssertQuery(entry);
        var net = Assert.Single(result.Nets!);
        Assert.Equal("vpc-abcd1234", net.NetId);
        Assert.Equal("10.50.0.0/18", net.IpRange);
        Assert.Equal("available", net.State);
        Assert.Equal("default", net.Tenancy);
        Assert.Equal("dopt-1", net.DhcpOptionsSetId);
    }

    // ------------------------------------------------------------------ EIM users

    private const string EimUserJson = """
        { "UserName": "oks-ci-bot",
          "AccessKeys": [ { "State": "ACTIVE", "AccessKeyId": "AKIDEXAMPLE", "CreationDate": "2025-03-04T10:11:12Z",
                            "ExpirationDate": "2025-03-05T10:11:12Z", "SecretKey": "s3cr3t" } ] }
        """;

    [Fact]
    public async Task GetEimUsers_parses_users_and_keys()
    {
        Answer(Envelope($"\"EimUsers\": [ {EimUserJson} ]"));

        var result = await _client.GetEimUsersAsync("prj-1");

        var entry = Sent("GET", "/projects/prj-1/eim_users");
        AssertQuery(entry);
        var user = Assert.Single(result.EimUsers!);
        Assert.Equal("oks-ci-bot", user.UserName);
        var key = Assert.Single(user.AccessKeys!);
        Assert.Equal("ACTIVE", key.State);
        Assert.Equal("AKIDEXAMPLE", key.AccessKeyId);
        Assert.Equal("2025-03-05T10:11:12Z", key.ExpirationDate);
        Assert.Equal("s3cr3t", key.SecretKey);
    }

    [Fact]
    public async Task CreateEimUser_sealed_sends_user_ttl_and_key_header_and_parses_data()
    {
        var publicKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        Answer(Envelope("\"Data\": \"c2VhbGVkLWJveA==\""));

        var result = await _client.CreateEimUserAsync("prj-1", "ci-bot", ttl: "1d", encryptNaclPublicKey: publicKey);

        var entry = Sent("POST", "/projects/prj-1/eim_users");
        AssertQuery(entry, ("user", "ci-bot"), ("ttl", "1d"));
        Assert.Equal(publicKey, WireServer.Header(entry, "x-encrypt-nacl"));
        AssertNoBody(entry);
        Assert.Equal("c2VhbGVkLWJveA==", result.Data);
        Assert.Null(result.EimUser);
    }

    [Fact]
    public async Task CreateEimUser_clear_sends_no_key_header_and_parses_the_user()
    {
        Answer(Envelope($"\"EimUser\": {EimUserJson}"));

        var result = await _client.CreateEimUserAsync("prj-1", "ci-bot");

        var entry = Sent("POST", "/projects/prj-1/eim_users");
        AssertQuery(entry, ("user", "ci-bot"));
        Assert.Null(WireServer.Header(entry, "x-encrypt-nacl"));
        Assert.Null(result.Data);
        Assert.Equal("oks-ci-bot", result.EimUser!.UserName);
        Assert.Equal("s3cr3t", Assert.Single(result.EimUser.AccessKeys!).SecretKey);
    }

    [Fact]
    public async Task GetEimUserTypes_parses_types()
    {
        Answer(Envelope("""
            "EimUserTypes": [ { "UserType": "readonly", "Description": "Read-only access" }, { "UserType": "admin", "Description": null } ]
            """));

        var result = await _client.GetEimUserTypesAsync("prj-1");

        var entry = Sent("GET", "/projects/prj-1/eim_users/types");
        AssertQuery(entry);
        var types = result.EimUserTypes!;
        Assert.Equal(["readonly", "admin"], types.Select(t => t.UserType));
        Assert.Equal("Read-only access", types[0].Description);
        Assert.Null(types[1].Description);
    }

    [Fact]
    public async Task DeleteEimUser_deletes_by_name_and_parses_details()
    {
        Answer(Envelope("\"Details\": \"User oks-ci-bot deleted\""));

        var result = await _client.DeleteEimUserAsync("prj-1", "oks-ci-bot");

        var entry = Sent("DELETE", "/projects/prj-1/eim_users/oks-ci-bot");
        AssertQuery(entry);
        AssertNoBody(entry);
        Assert.Equal("User oks-ci-bot deleted", result.Details);
        Assert.Equal("req-42", result.ResponseContext!.RequestId);
    }

    // ------------------------------------------------------------------ clusters

    [Fact]
    public async Task CreateCluster_posts_the_cluster_and_parses_it()
    {
        Answer(Envelope($"\"Cluster\": {ClusterJson}"));

        var result = await _client.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "web-prod",
            Project_id = "prj-1",
            Version = "1.31",
            Cidr_pods = "10.91.0.0/16",
            Cidr_service = "10.92.0.0/16",
            Cluster_dns = "10.92.0.10",
            Admin_whitelist = ["203.0.113.7/32"],
            Cp_subregions = ["2a", "2b", "2c"],
            Cp_multi_az = true,
            Control_planes = "cp.3.masters.small",
            Admission_flags = new AdmissionFlagsRequest { Enable_admission_plugins = ["AlwaysPullImages"], Disable_admission_plugins = [] },
            Maintenance_window = new Maintenance { Duration_hours = 2, Start_hour = 3, Week_day = "Sun", Tz = "Europe/Paris" },
            Tags = new() { ["team"] = "web" },
            Auth = new ClusterAuth { Oidc = new OidcConfig { IssuerUrl = "https://id.example.com", ClientId = "kube" } },
        });

        var entry = Sent("POST", "/clusters");
        AssertQuery(entry);
        var body = JsonBody(entry);
        Assert.Equal("web-prod", body.GetProperty("name").GetString());
        Assert.Equal("prj-1", body.GetProperty("project_id").GetString());
        Assert.Equal("1.31", body.GetProperty("version").GetString());
        Assert.Equal("10.91.0.0/16", body.GetProperty("cidr_pods").GetString());
        Assert.Equal("10.92.0.0/16", body.GetProperty("cidr_service").GetString());
        Assert.Equal("10.92.0.10", body.GetProperty("cluster_dns").GetString());
        Assert.Equal(["203.0.113.7/32"], Strings(body.GetProperty("admin_whitelist")));
        Assert.Equal(["2a", "2b", "2c"], Strings(body.GetProperty("cp_subregions")));
        Assert.True(body.GetProperty("cp_multi_az").GetBoolean());
        Assert.Equal("cp.3.masters.small", body.GetProperty("control_planes").GetString());
        Assert.Equal(["AlwaysPullImages"], Strings(body.GetProperty("admission_flags").GetProperty("enable_admission_plugins")));
        Assert.Empty(Strings(body.GetProperty("admission_flags").GetProperty("disable_admission_plugins")));
        var window = body.GetProperty("maintenance_window");
        Assert.Equal(2, window.GetProperty("duration_hours").GetInt32());
        Assert.Equal(3, window.GetProperty("start_hour").GetInt32());
        Assert.Equal("Sun", window.GetProperty("week_day").GetString());
        Assert.Equal("Europe/Paris", window.GetProperty("tz").GetString());
        Assert.Equal("web", body.GetProperty("tags").GetProperty("team").GetString());
        var oidc = body.GetProperty("auth").GetProperty("oidc");
        Assert.Equal("https://id.example.com", oidc.GetProperty("issuer-url").GetString());
        Assert.Equal("kube", oidc.GetProperty("client-id").GetString());
        AssertUnset(oidc, "groups-claim");
        foreach (var unset in new[] { "description", "admin_lbu", "cni", "auto_maintenances", "quirks", "disable_api_termination" })
        {
            AssertUnset(body, unset);
        }

        Assert.Equal("req-42", result.ResponseContext!.RequestId);
        AssertCluster(result.Cluster);
    }

    [Fact]
    public async Task ListClustersByProjectID_sends_every_filter()
    {
        Answer(Envelope($$"""
            "Pagination": { "cursor": { "next_cursor": null }, "offset": null },
            "Clusters": [ {{ClusterJson}} ]
            """));

        var result = await _client.ListClustersByProjectIDAsync(projectId: "prj-1", name: "web-prod", status: "ready", version: "1.31", deleted: true, cursor: "c1", page: 3, limit: 1);

        var entry = Sent("GET", "/clusters");
        AssertQuery(entry, ("project_id", "prj-1"), ("name", "web-prod"), ("status", "ready"), ("version", "1.31"), ("deleted", "true"), ("cursor", "c1"), ("page", "3"), ("limit", "1"));
        AssertNoBody(entry);
        Assert.NotNull(result.Pagination!.Cursor);
        Assert.Null(result.Pagination.Cursor.Next_cursor);
        AssertCluster(Assert.Single(result.Clusters!));
    }

    [Fact]
    public async Task ListClustersByProjectID_with_only_a_project_sends_only_it()
    {
        Answer(Envelope("\"Pagination\": { \"cursor\": null, \"offset\": null }, \"Clusters\": []"));

        var result = await _client.ListClustersByProjectIDAsync(projectId: "prj-1");

        AssertQuery(Sent("GET", "/clusters"), ("project_id", "prj-1"));
        Assert.Empty(result.Clusters!);
    }

    [Fact]
    public async Task ListAllClusters_sends_every_filter()
    {
        Answer(Envelope($$"""
            "Pagination": { "cursor": null, "offset": { "page": 2, "limit": 50, "total": 51 } },
            "Clusters": [ {{ClusterJson}} ]
            """));

        var result = await _client.ListAllClustersAsync(name: "web-prod", status: "failed", version: "1.30", deleted: false, cursor: "c2", page: 2, limit: 50);

        var entry = Sent("GET", "/clusters/all");
        AssertQuery(entry, ("name", "web-prod"), ("status", "failed"), ("version", "1.30"), ("deleted", "false"), ("cursor", "c2"), ("page", "2"), ("limit", "50"));
        Assert.Equal(51, result.Pagination!.Offset!.Total);
        AssertCluster(Assert.Single(result.Clusters!));
    }

    [Fact]
    public async Task GetCluster_gets_by_id()
    {
        Answer(Envelope($"\"Cluster\": {ClusterJson}"));

        var result = await _client.GetClusterAsync("3f0c9e1e-5a8b-4c1d-9f2e-0d6b7a1c2e3f");

        var entry = Sent("GET", "/clusters/3f0c9e1e-5a8b-4c1d-9f2e-0d6b7a1c2e3f");
        AssertQuery(entry);
        AssertNoBody(entry);
        AssertCluster(result.Cluster);
    }

    [Fact]
    public async Task UpdateCluster_patches_only_the_set_members()
    {
        Answer(Envelope($"\"Cluster\": {ClusterJson}"));

        var result = await _client.UpdateClusterAsync("cl-1", new ClusterUpdateRequest
        {
            Version = "1.32",
            Admin_whitelist = ["198.51.100.0/24"],
            Disable_api_termination = true,
            Control_planes = "cp.3.masters.medium",
        });

        var entry = Sent("PATCH", "/clusters/cl-1");
        AssertQuery(entry);
        var body = JsonBody(entry);
        Assert.Equal("1.32", body.GetProperty("version").GetString());
        Assert.Equal(["198.51.100.0/24"], Strings(body.GetProperty("admin_whitelist")));
        Assert.True(body.GetProperty("disable_api_termination").GetBoolean());
        Assert.Equal("cp.3.masters.medium", body.GetProperty("control_planes").GetString());
        foreach (var unset in new[] { "admission_flags", "tags", "auto_maintenances", "maintenance_window", "quirks", "auth" })
        {
            AssertUnset(body, unset);
        }

        AssertCluster(result.Cluster);
    }

    [Fact]
    public async Task DeleteCluster_deletes_and_parses_the_detail()
    {
        Answer(Envelope("\"detail\": \"Cluster cl-1 marked for deletion\""));

        var result = await _client.DeleteClusterAsync("cl-1");

        var entry = Sent("DELETE", "/clusters/cl-1");
        AssertQuery(entry);
        AssertNoBody(entry);
        Assert.Equal("Cluster cl-1 marked for deletion", result.Detail);
    }

    private const string KubeconfigYaml = "apiVersion: v1\nkind: Config\nclusters:\n- name: web-prod\n";

    [Fact]
    public async Task GetKubeconfig_sends_user_group_ttl_and_parses_the_plain_kubeconfig()
    {
        Answer(Envelope($$"""
            "Cluster": { "request_id": "rpc-9", "data": { "name": "web-prod", "kubeconfig": {{JsonSerializer.Serialize(KubeconfigYaml)}} } }
            """));

        var result = await _client.GetKubeconfigAsync("cl-1", user: "alice", group: "devs", ttl: "5h");

        var entry = Sent("GET", "/clusters/cl-1/kubeconfig");
        AssertQuery(entry, ("user", "alice"), ("group", "devs"), ("ttl", "5h"));
        AssertNoBody(entry);
        Assert.Null(WireServer.Header(entry, "x-encrypt-nacl"));
        Assert.Equal("rpc-9", result.Cluster!.Request_id);
        Assert.Equal("web-prod", result.Cluster.Data!.Name);
        Assert.Equal(KubeconfigYaml, result.Cluster.Data.Kubeconfig);
    }

    [Fact]
    public async Task GetKubeconfig_without_options_sends_no_query()
    {
        Answer(Envelope("\"Cluster\": { \"request_id\": \"rpc-9\", \"data\": { \"kubeconfig\": \"apiVersion: v1\" } }"));

        var result = await _client.GetKubeconfigAsync("cl-1");

        AssertQuery(Sent("GET", "/clusters/cl-1/kubeconfig"));
        Assert.Equal("apiVersion: v1", result.Cluster!.Data!.Kubeconfig);
        Assert.Null(result.Cluster.Data.Name);
    }

    [Fact]
    public async Task GetKubeconfigWithPubkeyNACL_posts_the_key_header_without_body()
    {
        var publicKey = Convert.ToBase64String(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());
        Assert.Equal(44, publicKey.Length);
        Answer(Envelope("""
            "Cluster": { "request_id": "rpc-10", "data": { "kubeconfig": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMA==" } }
            """));

        var result = await _client.GetKubeconfigWithPubkeyNACLAsync("cl-1", encryptNaclPublicKey: publicKey, user: "alice", group: "devs", ttl: "1w");

        var entry = Sent("POST", "/clusters/cl-1/kubeconfig");
        AssertQuery(entry, ("user", "alice"), ("group", "devs"), ("ttl", "1w"));
        Assert.Equal(publicKey, WireServer.Header(entry, "x-encrypt-nacl"));
        AssertNoBody(entry);
        Assert.Equal("rpc-10", result.Cluster!.Request_id);
        Assert.Equal(49, Convert.FromBase64String(result.Cluster.Data!.Kubeconfig!).Length);
    }

    [Fact]
    public async Task UpgradeCluster_patches_without_body()
    {
        Answer(Envelope($"\"Cluster\": {ClusterJson}"));

        var result = await _client.UpgradeClusterAsync("cl-1");

        var entry = Sent("PATCH", "/clusters/cl-1/upgrade");
        AssertQuery(entry);
        AssertNoBody(entry);
        AssertCluster(result.Cluster);
    }

    [Fact]
    public async Task GetKubernetesVersions_parses_versions()
    {
        Answer(Envelope("\"Versions\": [\"1.30\", \"1.31\", \"1.32\"]"));

        var result = await _client.GetKubernetesVersionsAsync();

        AssertNoBody(Sent("GET", "/clusters/limits/kubernetes_versions"));
        Assert.Equal(["1.30", "1.31", "1.32"], result.Versions);
        Assert.Equal("req-42", result.ResponseContext!.RequestId);
    }

    [Fact]
    public async Task GetCPSubregions_parses_subregions()
    {
        Answer(Envelope("\"CPSubregions\": [\"2a\", \"2b\", \"2c\"]"));

        var result = await _client.GetCPSubregionsAsync();

        AssertQuery(Sent("GET", "/clusters/limits/cp_subregions"));
        Assert.Equal(["2a", "2b", "2c"], result.CPSubregions);
    }

    [Fact]
    public async Task GetControlPlanePlans_parses_plans()
    {
        Answer(Envelope("\"ControlPlanes\": [\"cp.mono.master\", \"cp.3.masters.small\", \"cp.3.masters.medium\"]"));

        var result = await _client.GetControlPlanePlansAsync();

        AssertQuery(Sent("GET", "/clusters/limits/control_plane_plans"));
        Assert.Equal(["cp.mono.master", "cp.3.masters.small", "cp.3.masters.medium"], result.ControlPlanes);
    }

    [Fact]
    public async Task GetAdmissionPlugins_sends_the_version_and_parses_plugins()
    {
        Answer(Envelope("""
            "AdmissionPlugins": {
              "EnableAdmissionPlugins": ["AlwaysPullImages", "EventRateLimit"],
              "DisableAdmissionPlugins": ["DefaultStorageClass"],
              "DefaultAdmissionPlugins": ["NamespaceLifecycle", "LimitRanger"]
            }
            """));

        var result = await _client.GetAdmissionPluginsAsync("1.31");

        var entry = Sent("GET", "/clusters/limits/admission_plugins");
        AssertQuery(entry, ("version", "1.31"));
        Assert.Equal(["AlwaysPullImages", "EventRateLimit"], result.AdmissionPlugins!.EnableAdmissionPlugins);
        Assert.Equal(["DefaultStorageClass"], result.AdmissionPlugins.DisableAdmissionPlugins);
        Assert.Equal(["NamespaceLifecycle", "LimitRanger"], result.AdmissionPlugins.DefaultAdmissionPlugins);
    }

    // ------------------------------------------------------------------ templates

    [Fact]
    public async Task GetProjectTemplate_parses_the_template()
    {
        Answer(Envelope("""
            "Template": { "name": "my-project", "cidr": "10.50.0.0/18", "region": "eu-west-2", "tags": {}, "quirks": [], "disable_api_termination": false }
            """));

        var result = await _client.GetProjectTemplateAsync();

        AssertQuery(Sent("GET", "/templates/project"));
        Assert.Equal("my-project", result.Template!.Name);
        Assert.Equal("10.50.0.0/18", result.Template.Cidr);
        Assert.Equal("eu-west-2", result.Template.Region);
        Assert.False(result.Template.Disable_api_termination);
    }

    [Fact]
    public async Task GetClusterTemplate_sends_the_real_ip_header_and_parses_the_template()
    {
        Answer(Envelope("""
            "Template": {
              "project_id": "", "version": "1.31", "admin_lbu": false,
              "admission_flags": { "disable_admission_plugins": [], "enable_admission_plugins": [] },
              "cidr_pods": "10.91.0.0/16", "cidr_service": "10.92.0.0/16", "cluster_dns": "10.92.0.10", "tags": {},
              "maintenance_window": { "duration_hours": 0, "start_hour": 12, "week_day": "Tue", "tz": "UTC" },
              "control_planes": "cp.3.masters.small", "admin_whitelist": ["203.0.113.7/32"], "quirks": [], "disable_api_termination": false
            }
            """));

        var result = await _client.GetClusterTemplateAsync(realIp: "203.0.113.7");

        var entry = Sent("GET", "/templates/cluster");
        AssertQuery(entry);
        Assert.Equal("203.0.113.7", WireServer.Header(entry, "X-Real-IP"));
        Assert.Equal("1.31", result.Template!.Version);
        Assert.Equal(["203.0.113.7/32"], result.Template.Admin_whitelist);
        Assert.Equal("10.92.0.10", result.Template.Cluster_dns);
        Assert.Equal(12, result.Template.Maintenance_window!.Start_hour);
        Assert.Equal("cp.3.masters.small", result.Template.Control_planes);
    }

    [Fact]
    public async Task GetClusterTemplate_without_ip_sends_no_header()
    {
        Answer(Envelope("\"Template\": { \"project_id\": \"\", \"version\": \"1.31\", \"admin_whitelist\": [] }"));

        await _client.GetClusterTemplateAsync();

        Assert.Null(WireServer.Header(Sent("GET", "/templates/cluster"), "X-Real-IP"));
    }

    [Fact]
    public async Task GetNodepoolTemplate_parses_the_nodepool()
    {
        Answer(Envelope("""
            "Template": {
              "apiVersion": "oks.dev/v1beta2", "kind": "NodePool", "metadata": { "name": "nodepool-01" },
              "spec": {
                "desiredNodes": "2", "nodeType": "tinav6.c2r4p3", "zones": ["eu-west-2a"],
                "volumes": [ { "device": "root", "type": "gp2", "size": 50, "dir": "/" } ],
                "upgradeStrategy": { "maxUnavailable": 1, "maxSurge": 0, "autoUpgradeEnabled": true,
                                     "autoUpgradeMaintenance": { "durationHours": 1, "startHour": 23, "weekDay": "Mon" } },
                "autoHealing": true
              }
            }
            """));

        var result = await _client.GetNodepoolTemplateAsync();

        AssertQuery(Sent("GET", "/templates/nodepool"));
        var t = result.Template!;
        Assert.Equal("NodePool", t.Kind);
        Assert.Equal("nodepool-01", t.Metadata!.Name);
        Assert.Equal("2", t.Spec!.DesiredNodes);
        Assert.Equal("tinav6.c2r4p3", t.Spec.NodeType);
        Assert.Equal(50, Assert.Single(t.Spec.Volumes!).Size);
        Assert.Equal(23, t.Spec.UpgradeStrategy!.AutoUpgradeMaintenance!.StartHour);
        Assert.Equal("Mon", t.Spec.UpgradeStrategy.AutoUpgradeMaintenance.WeekDay);
        Assert.True(t.Spec.AutoHealing);
    }

    [Fact]
    public async Task GetNetPeeringRequestTemplate_parses_the_object()
    {
        Answer(Envelope("""
            "Template": { "apiVersion": "oks.dev/v1beta", "kind": "NetPeeringRequest", "metadata": { "name": "peering-to-prod" },
                          "spec": { "accepterNetId": "vpc-12345678", "accepterOwnerId": "123456789012" } }
            """));

        var result = await _client.GetNetPeeringRequestTemplateAsync();

        AssertQuery(Sent("GET", "/templates/netpeeringrequest"));
        Assert.Equal("NetPeeringRequest", result.Template!.Kind);
        Assert.Equal("peering-to-prod", result.Template.Metadata!.Name);
        Assert.Equal("vpc-12345678", result.Template.Spec!.AccepterNetId);
        Assert.Equal("123456789012", result.Template.Spec.AccepterOwnerId);
    }

    [Fact]
    public async Task GetNetPeeringAcceptanceTemplate_parses_the_object()
    {
        Answer(Envelope("""
            "Template": { "apiVersion": "oks.dev/v1beta", "kind": "NetPeeringAcceptance", "metadata": { "name": "accept-prod" },
                          "spec": { "netPeeringId": "pcx-12345678" } }
            """));

        var result = await _client.GetNetPeeringAcceptanceTemplateAsync();

        AssertQuery(Sent("GET", "/templates/netpeeringacceptance"));
        Assert.Equal("NetPeeringAcceptance", result.Template!.Kind);
        Assert.Equal("accept-prod", result.Template.Metadata!.Name);
        Assert.Equal("pcx-12345678", result.Template.Spec!.NetPeeringId);
    }

    // ------------------------------------------------------------------ quotas and IP

    [Fact]
    public async Task GetQuotas_parses_the_account_limits()
    {
        Answer(Envelope("""
            "Quotas": { "Projects": 2, "ClustersPerProject": 5, "KubeVersions": ["1.31", "1.32"], "CPSubregions": ["2a", "2b"] }
            """));

        var result = await _client.GetQuotasAsync();

        AssertQuery(Sent("GET", "/quotas"));
        Assert.Equal(2, result.Quotas!.Projects);
        Assert.Equal(5, result.Quotas.ClustersPerProject);
        Assert.Equal(["1.31", "1.32"], result.Quotas.KubeVersions);
        Assert.Equal(["2a", "2b"], result.Quotas.CPSubregions);
    }

    [Fact]
    public async Task GetClientIP_sends_the_real_ip_header_and_parses_the_ip()
    {
        Answer(Envelope("\"IP\": { \"x_real_ip\": \"203.0.113.7\" }"));

        var result = await _client.GetClientIPAsync(realIp: "203.0.113.7");

        var entry = Sent("GET", "/myip");
        AssertQuery(entry);
        Assert.Equal("203.0.113.7", WireServer.Header(entry, "X-Real-IP"));
        Assert.Equal("203.0.113.7", result.IP!.X_real_ip);
    }

    // ------------------------------------------------------------------ errors

    /// <summary>Every operation with the error statuses the API documents for it.</summary>
    internal static readonly Dictionary<string, (Func<IOksApiClient, Task> Call, int[] Statuses)> ErrorCases = new()
    {
        ["CreateProject"] = (c => c.CreateProjectAsync(new ProjectCreateRequest { Name = "shop", Cidr = "10.50.0.0/18", Region = "eu-west-2" }), [403, 409, 422, 423, 500, 503]),
        ["ListProjects"] = (c => c.ListProjectsAsync(), [422, 500]),
        ["GetProject"] = (c => c.GetProjectAsync("prj-1"), [400, 404, 422, 500]),
        ["UpdateProject"] = (c => c.UpdateProjectAsync("prj-1", new ProjectUpdateRequest()), [404, 409, 422, 423, 500, 503]),
        ["DeleteProject"] = (c => c.DeleteProjectAsync("prj-1"), [403, 404, 409, 422, 423, 503]),
        ["GetProjectQuotas"] = (c => c.GetProjectQuotasAsync("prj-1"), [404, 408, 422, 500]),
        ["GetProjectSnapshots"] = (c => c.GetProjectSnapshotsAsync("prj-1"), [404, 408, 422, 500]),
        ["GetProjectPublicIps"] = (c => c.GetProjectPublicIpsAsync("prj-1"), [404, 408, 422, 500]),
        ["GetProjectNets"] = (c => c.GetProjectNetsAsync("prj-1"), [404, 408, 422, 500]),
        ["GetEimUsers"] = (c => c.GetEimUsersAsync("prj-1"), [400, 404, 408, 422, 500]),
        ["CreateEimUser"] = (c => c.CreateEimUserAsync("prj-1", "ci-bot"), [400, 404, 408, 409, 422, 423, 500, 503]),
        ["GetEimUserTypes"] = (c => c.GetEimUserTypesAsync("prj-1"), [400, 404, 408, 422, 500]),
        ["DeleteEimUser"] = (c => c.DeleteEimUserAsync("prj-1", "ci-bot"), [400, 404, 408, 409, 422, 423, 500, 503]),
        ["CreateCluster"] = (c => c.CreateClusterAsync(new ClusterCreateRequest { Name = "web", Project_id = "prj-1", Version = "1.31", Cidr_pods = "10.91.0.0/16", Cidr_service = "10.92.0.0/16" }), [400, 403, 404, 409, 422, 423, 500, 501, 503]),
        ["ListClustersByProjectID"] = (c => c.ListClustersByProjectIDAsync(projectId: "prj-1"), [400, 404, 422, 500]),
        ["ListAllClusters"] = (c => c.ListAllClustersAsync(), [400, 404, 422, 500]),
        ["GetCluster"] = (c => c.GetClusterAsync("cl-1"), [400, 404, 422, 500]),
        ["UpdateCluster"] = (c => c.UpdateClusterAsync("cl-1", new ClusterUpdateRequest()), [400, 404, 409, 422, 423, 500, 503]),
        ["DeleteCluster"] = (c => c.DeleteClusterAsync("cl-1"), [403, 404, 409, 422, 423, 500, 503]),
        ["GetKubeconfig"] = (c => c.GetKubeconfigAsync("cl-1"), [400, 404, 408, 409, 422, 500, 503]),
        ["GetKubeconfigWithPubkeyNACL"] = (c => c.GetKubeconfigWithPubkeyNACLAsync("cl-1", encryptNaclPublicKey: new string('A', 43) + "="), [400, 404, 408, 409, 422, 500, 503]),
        ["UpgradeCluster"] = (c => c.UpgradeClusterAsync("cl-1"), [404, 409, 422, 423, 500, 503]),
        ["GetKubernetesVersions"] = (c => c.GetKubernetesVersionsAsync(), [422]),
        ["GetCPSubregions"] = (c => c.GetCPSubregionsAsync(), [422]),
        ["GetControlPlanePlans"] = (c => c.GetControlPlanePlansAsync(), [422]),
        ["GetAdmissionPlugins"] = (c => c.GetAdmissionPluginsAsync("1.31"), [422]),
        ["GetProjectTemplate"] = (c => c.GetProjectTemplateAsync(), [422]),
        ["GetClusterTemplate"] = (c => c.GetClusterTemplateAsync(), [422]),
        ["GetNodepoolTemplate"] = (c => c.GetNodepoolTemplateAsync(), [422]),
        ["GetNetPeeringRequestTemplate"] = (c => c.GetNetPeeringRequestTemplateAsync(), [422]),
        ["GetNetPeeringAcceptanceTemplate"] = (c => c.GetNetPeeringAcceptanceTemplateAsync(), [422]),
        ["GetQuotas"] = (c => c.GetQuotasAsync(), [422, 500]),
        ["GetClientIP"] = (c => c.GetClientIPAsync(), [422]),
    };

    public static TheoryData<string, int> DocumentedErrors()
    {
        var data = new TheoryData<string, int>();
        foreach (var (operation, (_, statuses)) in ErrorCases)
        {
            foreach (var status in statuses)
            {
                data.Add(operation, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task Documented_error_status_throws_the_typed_exception_with_the_parsed_body(string operation, int status)
    {
        // 422 carries the validation-list form of Details, the others a message string.
        var details = status == 422
            ? """[ { "loc": ["body", "name"], "msg": "String should match pattern", "type": "string_pattern_mismatch" } ]"""
            : $"\"failure {status} of {operation}\"";
        var kind = status == 422 ? "ValidationError" : "Error" + status;
        Answer($$"""
            { "Errors": [ { "Type": "{{kind}}", "Details": {{details}}, "Code": "{{status}}" } ],
              "ResponseContext": { "RequestId": "req-err-{{status}}" } }
            """, status);

        var ex = await Assert.ThrowsAsync<OksApiException<ErrorResponse>>(() => ErrorCases[operation].Call(_client));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal($"req-err-{status}", ex.Result.ResponseContext!.RequestId);
        var error = Assert.Single(ex.Result.Errors!);
        Assert.Equal(kind, error.Type);
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Code);
        var parsed = Assert.IsType<JsonElement>(error.Details);
        if (status == 422)
        {
            Assert.Equal(JsonValueKind.Array, parsed.ValueKind);
            var failure = parsed.EnumerateArray().Single();
            Assert.Equal("string_pattern_mismatch", failure.GetProperty("type").GetString());
            Assert.Equal("name", failure.GetProperty("loc")[1].GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.String, parsed.ValueKind);
            Assert.Equal($"failure {status} of {operation}", parsed.GetString());
        }
    }

    [Fact]
    public void Error_table_covers_every_operation_of_the_spec()
    {
        var specIds = Specs.SpecDocument.Load("oks.yaml").Operations.Values.OrderBy(v => v, StringComparer.Ordinal);
        Assert.Equal(specIds, ErrorCases.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Older_422_validation_body_parses_into_the_same_error_type()
    {
        Answer("""
            { "detail": [ { "loc": ["query", "limit"], "msg": "Input should be less than or equal to 100", "type": "less_than_equal" },
                          { "loc": ["body", "admin_whitelist", 0], "msg": "Field required", "type": "missing" } ] }
            """, 422);

        var ex = await Assert.ThrowsAsync<OksApiException<ErrorResponse>>(() => _client.ListProjectsAsync(limit: 500));

        Assert.Equal(422, ex.StatusCode);
        Assert.Null(ex.Result.Errors);
        Assert.Equal(2, ex.Result.Detail!.Count);
        Assert.Equal("less_than_equal", ex.Result.Detail[0].Type);
        Assert.Equal("Input should be less than or equal to 100", ex.Result.Detail[0].Msg);
        Assert.Equal(["query", "limit"], ex.Result.Detail[0].Loc!.Select(l => ((JsonElement)l).GetString()));
        Assert.Equal(0, ((JsonElement)ex.Result.Detail[1].Loc![2]).GetInt32());
    }

    [Fact]
    public async Task Non_json_error_body_gives_the_untyped_exception_with_the_status()
    {
        Answer("<html><body><h1>502 Bad Gateway</h1></body></html>", 502, "text/html");

        var ex = await Assert.ThrowsAsync<OksApiException>(() => _client.GetClusterAsync("cl-1"));

        Assert.Equal(502, ex.StatusCode);
        Assert.Contains("502 Bad Gateway", ex.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_json_body_on_a_documented_status_still_gives_the_status()
    {
        Answer("<html><body>Service Unavailable</body></html>", 503, "text/html");

        var ex = await Assert.ThrowsAsync<OksApiException>(() => _client.UpgradeClusterAsync("cl-1"));

        Assert.Equal(503, ex.StatusCode);
        Assert.Contains("deserialize", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_json_body_on_a_documented_status_keeps_the_text_when_read_as_string()
    {
        Answer("<html><body>Service Unavailable</body></html>", 503, "text/html");
        _client.ReadResponseAsString = true;

        var ex = await Assert.ThrowsAsync<OksApiException>(() => _client.UpgradeClusterAsync("cl-1"));

        Assert.Equal(503, ex.StatusCode);
        Assert.Contains("Service Unavailable", ex.Response, StringComparison.Ordinal);
    }
}
