using System.Text.Json;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Tests.Specs;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// The OKS cluster surface beyond the unified calls: <see cref="OksCluster"/> as <see cref="ClusterInfo.Native"/>
/// with every member, every create and update member as an <see cref="OksClusterOptions"/> property, the default
/// version when none is given, the filtered list, and mocking through the protected constructor.
/// </summary>
public sealed class OksClusterSurfaceTests : IDisposable
{
    private const string RichCluster = """
        {
          "project_id": "a1b2c3d4-0000-4000-8000-000000000001", "id": "3f0c9e1e-5a8b-4c1d-9f2e-0d6b7a1c2e3f", "name": "web-prod",
          "description": "front", "cp_multi_az": true, "cp_subregions": ["2a", "2b"], "version": "1.31", "expected_version": "1.32",
          "cni": "cilium", "admin_lbu": true,
          "admission_flags": { "disable_admission_plugins": ["DefaultStorageClass"], "enable_admission_plugins": ["AlwaysPullImages"],
                               "applied_admission_plugins": ["NamespaceLifecycle"], "source": "user" },
          "cidr_pods": "10.91.0.0/16", "cidr_service": "10.92.0.0/16", "cluster_dns": "10.92.0.10", "tags": { "team": "web" },
          "auto_maintenances": {
            "minor_upgrade_maintenance": { "enabled": true, "duration_hours": 0, "start_hour": 12, "week_day": "Tue", "tz": "UTC" },
            "patch_upgrade_maintenance": { "enabled": false, "duration_hours": 4, "start_hour": 1, "week_day": "Sat", "tz": "UTC", "x": 1 } },
          "maintenance_window": { "duration_hours": 2, "start_hour": 3, "week_day": "Sun", "tz": "Europe/Paris" },
          "control_planes": "cp.3.masters.small", "expected_control_planes": "cp.3.masters.medium", "admin_whitelist": ["203.0.113.7/32"],
          "statuses": { "created_at": "2025-03-04T10:11:12Z", "deleted_at": null, "updated_at": "2025-03-04T10:20:00Z",
                        "status": "ready", "available_upgrade": "1.32", "progress": 80 },
          "disable_api_termination": false,
          "auth": { "oidc": { "issuer-url": "https://id.example.com", "client-id": "kube", "username-claim": "email", "username-prefix": "oidc:",
                              "groups-claim": ["groups"], "groups-prefix": "g:", "required-claim": { "aud": "kube", "mfa": true }, "ca": "pem" } },
          "node_count": 3
        }
        """;

    private readonly OksHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static ClusterCreateRequest Create(string? version = null, OksClusterOptions? options = null) => new()
    {
        Name = "web-2",
        Version = version,
        Options = options ?? new OksClusterOptions { ProjectId = OksHarness.ProjectId, AdminWhitelist = ["203.0.113.7/32"] },
    };

    private string PostedVersion() =>
        JsonDocument.Parse(Assert.Single(_h.Requests, r => r.RequestMessage!.Method == "POST").RequestMessage!.Body!).RootElement.GetProperty("version").GetString()!;

    [Fact]
    public async Task Native_IsAnOksCluster_WithEveryMember()
    {
        _h.Answer("GET", $"/clusters/{OksHarness.ClusterId}", 200, OksHarness.Envelope($"\"Cluster\": {RichCluster}"));

        var c = (await _h.Provider.GetClusterAsync(OksHarness.ClusterId)).GetNative<OksCluster>();

        Assert.Equal((OksHarness.ClusterId, OksHarness.ProjectId, "web-prod", "front"), (c.Id, c.ProjectId, c.Name, c.Description));
        Assert.Equal(("1.31", "1.32", true, "cilium", true), (c.Version, c.ExpectedVersion, c.CpMultiAz, c.Cni, c.AdminLbu));
        Assert.Equal(["2a", "2b"], c.CpSubregions);
        Assert.Equal(["AlwaysPullImages"], c.AdmissionFlags!.EnableAdmissionPlugins);
        Assert.Equal(["DefaultStorageClass"], c.AdmissionFlags.DisableAdmissionPlugins);
        Assert.Equal(["NamespaceLifecycle"], c.AdmissionFlags.AppliedAdmissionPlugins);
        Assert.Equal("user", c.AdmissionFlags.AdditionalProperties["source"].GetString());
        Assert.Equal(("10.91.0.0/16", "10.92.0.0/16", "10.92.0.10"), (c.CidrPods, c.CidrService, c.ClusterDns));
        Assert.Equal("web", c.Tags["team"]);
        var minor = c.AutoMaintenances!.MinorUpgradeMaintenance!;
        Assert.Equal((true, 0, 12, "Tue", "UTC"), (minor.Enabled, minor.DurationHours, minor.StartHour, minor.WeekDay, minor.Tz));
        Assert.Equal(1, c.AutoMaintenances.PatchUpgradeMaintenance!.AdditionalProperties["x"].GetInt32());
        Assert.Equal((2, 3, "Sun", "Europe/Paris"), (c.MaintenanceWindow!.DurationHours, c.MaintenanceWindow.StartHour, c.MaintenanceWindow.WeekDay, c.MaintenanceWindow.Tz));
        Assert.Equal(("cp.3.masters.small", "cp.3.masters.medium"), (c.ControlPlanes, c.ExpectedControlPlanes));
        Assert.Equal(["203.0.113.7/32"], c.AdminWhitelist);
        Assert.Equal(("ready", "1.32"), (c.Statuses!.Status, c.Statuses.AvailableUpgrade));
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 11, 12, TimeSpan.Zero), c.Statuses.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 20, 0, TimeSpan.Zero), c.Statuses.UpdatedAt);
        Assert.Null(c.Statuses.DeletedAt);
        Assert.Equal(80, c.Statuses.AdditionalProperties["progress"].GetInt32());
        Assert.False(c.DisableApiTermination);
        var oidc = c.Auth!.Oidc!;
        Assert.Equal(("https://id.example.com", "kube", "email", "oidc:", "g:"), (oidc.IssuerUrl, oidc.ClientId, oidc.UsernameClaim, oidc.UsernamePrefix, oidc.GroupsPrefix));
        Assert.Equal(["groups"], oidc.GroupsClaim);
        Assert.Equal("kube", oidc.RequiredClaims["aud"].GetString());
        Assert.True(oidc.RequiredClaims["mfa"].GetBoolean());
        Assert.Equal("pem", oidc.AdditionalProperties["ca"].GetString());
        Assert.Equal(3, Assert.Single(c.AdditionalProperties).Value.GetInt32());
        Assert.Contains(OksHarness.ClusterId, c.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Native_WithoutOptionalMembers_HasEmptyCollections()
    {
        _h.Answer("GET", $"/clusters/{OksHarness.ClusterId}", 200, OksHarness.Envelope($$"""
            "Cluster": { "id": "{{OksHarness.ClusterId}}", "name": "bare" }
            """));

        var c = (await _h.Provider.GetClusterAsync(OksHarness.ClusterId)).GetNative<OksCluster>();

        Assert.Empty(c.CpSubregions);
        Assert.Empty(c.AdminWhitelist);
        Assert.Empty(c.Tags);
        Assert.Empty(c.AdditionalProperties);
        Assert.Null(c.Auth);
        Assert.Null(c.MaintenanceWindow);
    }

    // ------------------------------------------------------------------ create and update members

    [Fact]
    public async Task Create_SendsEveryNewMember()
    {
        _h.Answer("POST", "/clusters", 200, OksHarness.ClusterResponse("pending"));

        await _h.Provider.CreateClusterAsync(Create("1.31", new OksClusterOptions
        {
            ProjectId = OksHarness.ProjectId,
            AdminWhitelist = ["203.0.113.7/32"],
            AdminLbu = true,
            EnableAdmissionPlugins = ["AlwaysPullImages"],
            DisableAdmissionPlugins = ["DefaultStorageClass"],
            MaintenanceWindow = new OksMaintenanceWindow { DurationHours = 2, StartHour = 3, WeekDay = "Sun", Tz = "UTC" },
            AutoMaintenances = new OksAutoMaintenances { MinorUpgradeMaintenance = new OksUpgradeWindow { Enabled = false } },
            Quirks = ["quirk-a"],
            Auth = new OksClusterAuth
            {
                Oidc = new OksOidcConfig
                {
                    IssuerUrl = "https://id.example.com",
                    ClientId = "kube",
                    GroupsClaim = ["groups"],
                    RequiredClaims = new Dictionary<string, JsonElement> { ["mfa"] = JsonDocument.Parse("true").RootElement },
                },
            },
            AdditionalProperties = new Dictionary<string, JsonElement> { ["gpu_plan"] = JsonDocument.Parse("\"a100\"").RootElement },
        }));

        OksHarness.AssertJsonBody(_h.SentOnce("POST", "/clusters"), $$"""
            {
              "name": "web-2", "project_id": "{{OksHarness.ProjectId}}", "version": "1.31", "control_planes": "cp.mono.master",
              "admin_whitelist": ["203.0.113.7/32"], "cidr_pods": "10.91.0.0/16", "cidr_service": "10.92.0.0/16",
              "admin_lbu": true,
              "admission_flags": { "enable_admission_plugins": ["AlwaysPullImages"], "disable_admission_plugins": ["DefaultStorageClass"] },
              "maintenance_window": { "duration_hours": 2, "start_hour": 3, "week_day": "Sun", "tz": "UTC" },
              "auto_maintenances": { "minor_upgrade_maintenance": { "enabled": false }, "patch_upgrade_maintenance": {} },
              "quirks": ["quirk-a"],
              "auth": { "oidc": { "issuer-url": "https://id.example.com", "client-id": "kube", "groups-claim": ["groups"], "required-claim": { "mfa": true } } },
              "gpu_plan": "a100"
            }
            """);
    }

    [Fact]
    public async Task Update_SendsEveryNewMember()
    {
        _h.Answer("PATCH", $"/clusters/{OksHarness.ClusterId}", 200, OksHarness.ClusterResponse());

        await _h.Provider.UpdateClusterAsync(OksHarness.ClusterId, new ClusterUpdateRequest
        {
            Options = new OksClusterOptions
            {
                EnableAdmissionPlugins = ["AlwaysPullImages"],
                MaintenanceWindow = new OksMaintenanceWindow { DurationHours = 1, StartHour = 22, WeekDay = "Mon" },
                Quirks = [],
                Auth = new OksClusterAuth(),
                AdditionalProperties = new Dictionary<string, JsonElement> { ["future"] = JsonDocument.Parse("1").RootElement },
            },
        });

        OksHarness.AssertJsonBody(_h.SentOnce("PATCH", $"/clusters/{OksHarness.ClusterId}"), """
            {
              "admission_flags": { "enable_admission_plugins": ["AlwaysPullImages"] },
              "maintenance_window": { "duration_hours": 1, "start_hour": 22, "week_day": "Mon" },
              "quirks": [], "auth": {}, "future": 1
            }
            """);
    }

    public static TheoryData<string, OksClusterOptions> CreationOnly() => new()
    {
        { "CpMultiAz", new OksClusterOptions { CpMultiAz = true } },
        { "CpSubregions", new OksClusterOptions { CpSubregions = ["2a"] } },
        { "AdminLbu", new OksClusterOptions { AdminLbu = false } },
        { "Cni", new OksClusterOptions { Cni = "calico" } },
    };

    [Theory]
    [MemberData(nameof(CreationOnly))]
    public async Task Update_CreationOnlyMember_IsRefusedBeforeSending(string member, OksClusterOptions options)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.UpdateClusterAsync(OksHarness.ClusterId, new ClusterUpdateRequest { Options = options }));

        Assert.Equal("request.Options", Assert.Single(ex.FieldErrors).Field);
        Assert.Contains(member, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }

    public static TheoryData<string, OksClusterOptions> InvalidOptions() => new()
    {
        { "request.Options.MaintenanceWindow.StartHour", Options(o => o with { Window = new OksMaintenanceWindow { StartHour = 24, WeekDay = "Sun" } }) },
        { "request.Options.MaintenanceWindow.DurationHours", Options(o => o with { Window = new OksMaintenanceWindow { DurationHours = -1, WeekDay = "Sun" } }) },
        { "request.Options.MaintenanceWindow.WeekDay", Options(o => o with { Window = new OksMaintenanceWindow() }) },
        { "request.Options.Auth.Oidc.IssuerUrl", Options(o => o with { Oidc = new OksOidcConfig { ClientId = "kube" } }) },
        { "request.Options.Auth.Oidc.ClientId", Options(o => o with { Oidc = new OksOidcConfig { IssuerUrl = "https://id" } }) },
        { "request.Options.AdditionalProperties", Options(o => o with { Extra = "version" }) },
        { "request.Options.AdditionalProperties", Options(o => o with { Extra = "admin_whitelist" }) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Create_InvalidNewMember_IsRefusedBeforeSending(string field, OksClusterOptions options)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.CreateClusterAsync(Create("1.31", options)));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public void BodyMemberLists_AreTheSpecsCreateAndUpdateBodies()
    {
        var spec = SpecDocument.Load("oks.yaml");
        IEnumerable<string> Members(string schema) =>
            ((YamlMappingNode)spec.Node($"#/components/schemas/{schema}/properties")!).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal);

        Assert.Equal(Members("ClusterCreateRequest"), OksModels.CreateMembers.Order(StringComparer.Ordinal));
        Assert.Equal(Members("ClusterUpdateRequest"), OksModels.UpdateMembers.Order(StringComparer.Ordinal));
    }

    // ------------------------------------------------------------------ the provider's default version

    [Fact]
    public async Task Create_WithoutVersion_TakesTheClusterTemplatesVersion()
    {
        _h.Answer("GET", "/templates/cluster", 200, OksHarness.Envelope("\"Template\": { \"version\": \"1.30\" }"));
        _h.Answer("POST", "/clusters", 200, OksHarness.ClusterResponse("pending", version: "1.30"));

        var info = await _h.Provider.CreateClusterAsync(Create());

        Assert.Equal(["/templates/cluster", "/clusters"], _h.Requests.Select(r => r.RequestMessage!.Path[OksHarness.Prefix.Length..]));
        Assert.Null(OksHarness.Header(_h.Requests[0], "X-Real-IP"));
        Assert.Equal("1.30", PostedVersion());
        Assert.Equal("1.30", info.Version);
    }

    [Fact]
    public async Task Create_WithoutVersion_AndATemplateWithout_TakesTheNewestOffered()
    {
        _h.Answer("GET", "/templates/cluster", 200, OksHarness.Envelope("\"Template\": { \"version\": \"\" }"));
        _h.Answer("GET", "/clusters/limits/kubernetes_versions", 200, OksHarness.Envelope("\"Versions\": [\"1.9\", \"1.31\", \"next\", \"1.30\"]"));
        _h.Answer("POST", "/clusters", 200, OksHarness.ClusterResponse("pending"));

        await _h.Provider.CreateClusterAsync(Create());

        Assert.Equal(["/templates/cluster", "/clusters/limits/kubernetes_versions", "/clusters"], _h.Requests.Select(r => r.RequestMessage!.Path[OksHarness.Prefix.Length..]));
        Assert.Equal("1.31", PostedVersion());
    }

    [Fact]
    public async Task Create_WithoutVersion_WhenOksNamesNone_FailsWithoutCreating()
    {
        _h.Answer("GET", "/templates/cluster", 200, OksHarness.Envelope("\"Template\": {}"));
        _h.Answer("GET", "/clusters/limits/kubernetes_versions", 200, OksHarness.Envelope("\"Versions\": []"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider.CreateClusterAsync(Create()));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("request.Version", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_h.Requests, r => r.RequestMessage!.Method == "POST");
    }

    [Fact]
    public async Task Create_WithoutVersion_InvalidRequest_IsRefusedBeforeAnyCall()
    {
        await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.CreateClusterAsync(Create(options: new OksClusterOptions { AdminWhitelist = ["203.0.113.7/32"] })));

        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task Create_WithVersion_AsksForNoDefault()
    {
        _h.Answer("POST", "/clusters", 200, OksHarness.ClusterResponse("pending"));

        await _h.Provider.CreateClusterAsync(Create("1.31"));

        _h.SentOnce("POST", "/clusters");
    }

    // ------------------------------------------------------------------ filtered list

    [Fact]
    public async Task ListWithOksQuery_SendsEveryFilter_ToTheProjectList()
    {
        _h.Answer("GET", "/clusters", 200, OksHarness.ListResponse(null, "c1"));

        var clusters = await _h.Provider.ListClustersAsync(new OksClusterQuery { ProjectId = "prj-1", Name = "web", Status = "ready", Version = "1.31", IncludeDeleted = false, PageSize = 20 }).ToListAsync();

        Assert.Equal([("deleted", "false"), ("limit", "20"), ("name", "web"), ("project_id", "prj-1"), ("status", "ready"), ("version", "1.31")], OksHarness.Query(_h.SentOnce("GET", "/clusters")));
        Assert.IsType<OksCluster>(Assert.Single(clusters).Native);
    }

    [Fact]
    public async Task ListWithOksQuery_WithoutProject_SendsTheFilters_ToTheListOfAll()
    {
        _h.Answer("GET", "/clusters/all", 200, OksHarness.ListResponse(null, "c1"));

        await _h.Provider.ListClustersAsync(new OksClusterQuery { Status = "failed", IncludeDeleted = true }).ToListAsync();

        Assert.Equal([("deleted", "true"), ("status", "failed")], OksHarness.Query(_h.SentOnce("GET", "/clusters/all")));
    }

    [Theory]
    [InlineData("..", 10, "query.ProjectId")]
    [InlineData(null, 0, "query.PageSize")]
    public void ListWithOksQuery_Invalid_IsRefusedBeforeSending(string? project, int pageSize, string field)
    {
        var ex = Assert.Throws<InvalidRequestException>(() => _h.Provider.ListClustersAsync(new OksClusterQuery { ProjectId = project, PageSize = pageSize }));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.Requests);
    }

    // ------------------------------------------------------------------ mocking

    [Fact]
    public async Task AMock_OverridesTheVirtualMethods_WithoutAConnection()
    {
        var mock = new MockProvider();

        var project = await mock.GetProjectAsync("p1");
        var noConnection = await Assert.ThrowsAsync<InvalidOperationException>(() => mock.GetQuotasAsync());

        Assert.Equal("p1", project.Id);
        Assert.Contains("mocking", noConnection.Message, StringComparison.Ordinal);
        Assert.Equal(OksClusterProvider.ProviderName, mock.Name);
    }

    private static OksClusterOptions Options(Func<Variation, Variation> change)
    {
        var v = change(new Variation(null, null, null));
        return new OksClusterOptions
        {
            ProjectId = OksHarness.ProjectId,
            AdminWhitelist = ["203.0.113.7/32"],
            MaintenanceWindow = v.Window,
            Auth = v.Oidc is null ? null : new OksClusterAuth { Oidc = v.Oidc },
            AdditionalProperties = v.Extra is null ? null : new Dictionary<string, JsonElement> { [v.Extra] = JsonDocument.Parse("1").RootElement },
        };
    }

    private sealed record Variation(OksMaintenanceWindow? Window, OksOidcConfig? Oidc, string? Extra);

    private sealed class MockProvider : OksClusterProvider
    {
        public override Task<OksProject> GetProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new OksProject { Id = projectId, Status = "ready" });
    }
}
