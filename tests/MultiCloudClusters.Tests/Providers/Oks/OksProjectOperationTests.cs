using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// Projects and what they see of the cloud account through the public <see cref="OksClusterProvider"/> methods:
/// the exact request (method, path, query, body, auth) and every documented member of the answer mapped onto the
/// hand-written model, unknown members kept.
/// </summary>
public sealed class OksProjectOperationTests : IDisposable
{
    private const string ProjectJson = """
        {
          "id": "a1b2c3d4-0000-4000-8000-000000000001",
          "name": "shop",
          "description": "web shop",
          "cidr": "10.50.0.0/18",
          "region": "eu-west-2",
          "status": "ready",
          "tags": { "team": "web" },
          "net_specific": { "disable_lan_security_groups": true, "lan_mode": "strict" },
          "disable_api_termination": true,
          "created_at": "2025-03-04T10:11:12Z",
          "updated_at": "2025-03-05T08:00:00Z",
          "deleted_at": null,
          "billing_code": "B-7"
        }
        """;

    private readonly OksHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static void AssertProject(OksProject p)
    {
        Assert.Equal(OksHarness.ProjectId, p.Id);
        Assert.Equal("shop", p.Name);
        Assert.Equal("web shop", p.Description);
        Assert.Equal("10.50.0.0/18", p.Cidr);
        Assert.Equal("eu-west-2", p.Region);
        Assert.Equal("ready", p.Status);
        Assert.Equal("web", p.Tags["team"]);
        Assert.True(p.NetSpecific!.DisableLanSecurityGroups);
        Assert.Equal("strict", p.NetSpecific.AdditionalProperties["lan_mode"].GetString());
        Assert.True(p.DisableApiTermination);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 11, 12, TimeSpan.Zero), p.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 8, 0, 0, TimeSpan.Zero), p.UpdatedAt);
        Assert.Null(p.DeletedAt);
        Assert.Equal("B-7", Assert.Single(p.AdditionalProperties).Value.GetString());
        Assert.Contains("shop", p.ToString(), StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ projects

    [Fact]
    public async Task CreateProject_PostsEveryMember_AndMapsTheProject()
    {
        _h.Answer("POST", "/projects", 200, OksHarness.Envelope($"\"Project\": {ProjectJson}"));

        var project = await _h.Provider.CreateProjectAsync(new OksProjectCreateRequest
        {
            Name = "shop",
            Cidr = "10.50.0.0/18",
            Region = "cloudgouv-eu-west-1",
            Description = "web shop",
            Tags = new Dictionary<string, string> { ["team"] = "web" },
            NetSpecific = new OksNetSpecific { DisableLanSecurityGroups = true },
            Quirks = ["q1"],
            DisableApiTermination = true,
            AdditionalProperties = { ["future_flag"] = Json("true") },
        });

        OksHarness.AssertJsonBody(_h.SentOnce("POST", "/projects"), """
            {
              "name": "shop", "cidr": "10.50.0.0/18", "region": "cloudgouv-eu-west-1", "description": "web shop",
              "tags": { "team": "web" }, "net_specific": { "disable_lan_security_groups": true }, "quirks": ["q1"],
              "disable_api_termination": true, "future_flag": true
            }
            """);
        AssertProject(project);
    }

    [Fact]
    public async Task CreateProject_WithoutRegion_SendsTheProvidersRegion_AndNothingUnset()
    {
        _h.Answer("POST", "/projects", 200, OksHarness.Envelope($"\"Project\": {ProjectJson}"));
        var provider = _h.CreateProvider(o => o.Region = "cloudgouv-eu-west-1");

        await provider.CreateProjectAsync(new OksProjectCreateRequest { Name = "shop", Cidr = "10.50.0.0/18" });

        OksHarness.AssertJsonBody(_h.SentOnce("POST", "/projects"), """{ "name": "shop", "cidr": "10.50.0.0/18", "region": "cloudgouv-eu-west-1" }""");
    }

    [Fact]
    public async Task CreateProject_FromTheTemplate_SendsTheTemplatesMembersBack()
    {
        _h.Answer("GET", "/templates/project", 200, OksHarness.Envelope("""
            "Template": { "name": "my-project", "cidr": "10.50.0.0/18", "region": "eu-west-2", "tags": {}, "quirks": null, "next_gen_net": true }
            """));
        _h.Answer("POST", "/projects", 200, OksHarness.Envelope($"\"Project\": {ProjectJson}"));

        var template = await _h.Provider.GetProjectTemplateAsync();
        template.Name = "shop";
        await _h.Provider.CreateProjectAsync(template);

        var post = Assert.Single(_h.Requests, r => r.RequestMessage!.Method == "POST");
        OksHarness.AssertJsonBody(post, """{ "name": "shop", "cidr": "10.50.0.0/18", "region": "eu-west-2", "tags": {}, "next_gen_net": true }""");
    }

    public static TheoryData<string, OksProjectCreateRequest> InvalidProjects() => new()
    {
        { "request.Name", new OksProjectCreateRequest { Cidr = "10.50.0.0/18" } },
        { "request.Name", new OksProjectCreateRequest { Name = "Shop", Cidr = "10.50.0.0/18" } },
        { "request.Name", new OksProjectCreateRequest { Name = new string('a', 41), Cidr = "10.50.0.0/18" } },
        { "request.Cidr", new OksProjectCreateRequest { Name = "shop" } },
        { "request.Cidr", new OksProjectCreateRequest { Name = "shop", Cidr = "10.50.0.0/99" } },
        { "request.Region", new OksProjectCreateRequest { Name = "shop", Cidr = "10.50.0.0/18", Region = " " } },
    };

    [Theory]
    [MemberData(nameof(InvalidProjects))]
    public async Task CreateProject_InvalidRequest_IsRefusedBeforeSending(string field, OksProjectCreateRequest request)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.CreateProjectAsync(request));

        Assert.Contains(ex.FieldErrors, e => e.Field == field);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task ListProjects_SendsEveryFilter_AndFollowsTheCursor()
    {
        _h.AnswerWith("GET", "/projects", (request, n) => Reply.Ok(OksHarness.Envelope(n == 0
            ? $$"""
              "Pagination": { "cursor": { "next_cursor": "c2" }, "offset": null }, "Projects": [ {{ProjectJson}} ]
              """
            : """ "Pagination": { "cursor": { "next_cursor": null } }, "Projects": [] """)));

        var projects = await _h.Provider.ListProjectsAsync(new OksProjectQuery { Name = "shop", Status = "ready", Cidr = "10.50.0.0/18", IncludeDeleted = true, PageSize = 10 }).ToListAsync();

        AssertProject(Assert.Single(projects));
        Assert.Collection(
            _h.Requests,
            first => Assert.Equal([("cidr", "10.50.0.0/18"), ("deleted", "true"), ("limit", "10"), ("name", "shop"), ("status", "ready")], OksHarness.Query(first)),
            second => Assert.Equal([("cidr", "10.50.0.0/18"), ("cursor", "c2"), ("deleted", "true"), ("limit", "10"), ("name", "shop"), ("status", "ready")], OksHarness.Query(second)));
        Assert.All(_h.Requests, OksHarness.AssertAccessKeyAuth);
    }

    [Fact]
    public async Task ListProjects_WithoutQuery_SendsNoQuery_AndAsPagesStartsAtTheGivenCursor()
    {
        _h.Answer("GET", "/projects", 200, OksHarness.Envelope($$""" "Projects": [ {{ProjectJson}} ] """));

        Assert.Single(await _h.Provider.ListProjectsAsync().ToListAsync());
        var pages = await _h.Provider.ListProjectsAsync().AsPages("c9", 5).ToListAsync();

        Assert.Empty(OksHarness.Query(_h.Requests[0]));
        Assert.Equal([("cursor", "c9"), ("limit", "5")], OksHarness.Query(_h.Requests[1]));
        Assert.Null(Assert.Single(pages).ContinuationToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void ListProjects_PageSizeOutOfRange_IsRefusedBeforeSending(int pageSize)
    {
        var ex = Assert.Throws<InvalidRequestException>(() => _h.Provider.ListProjectsAsync(new OksProjectQuery { PageSize = pageSize }));

        Assert.Equal("query.PageSize", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task GetProject_GetsById()
    {
        _h.Answer("GET", $"/projects/{OksHarness.ProjectId}", 200, OksHarness.Envelope($"\"Project\": {ProjectJson}"));

        var project = await _h.Provider.GetProjectAsync(OksHarness.ProjectId);

        var entry = _h.SentOnce("GET", $"/projects/{OksHarness.ProjectId}");
        Assert.Empty(OksHarness.Query(entry));
        OksHarness.AssertNoBody(entry);
        AssertProject(project);
    }

    [Fact]
    public async Task UpdateProject_PatchesOnlyTheSetMembers()
    {
        _h.Answer("PATCH", "/projects/prj-1", 200, OksHarness.Envelope($"\"Project\": {ProjectJson}"));

        var project = await _h.Provider.UpdateProjectAsync("prj-1", new OksProjectUpdateRequest { Tags = new Dictionary<string, string> { ["env"] = "prod" }, DisableApiTermination = false });

        OksHarness.AssertJsonBody(_h.SentOnce("PATCH", "/projects/prj-1"), """{ "tags": { "env": "prod" }, "disable_api_termination": false }""");
        AssertProject(project);
    }

    [Fact]
    public async Task UpdateProject_EveryMember_IsSent()
    {
        _h.Answer("PATCH", "/projects/prj-1", 200, OksHarness.Envelope($"\"Project\": {ProjectJson}"));

        await _h.Provider.UpdateProjectAsync("prj-1", new OksProjectUpdateRequest { Description = "d", Tags = new Dictionary<string, string>(), Quirks = ["q"], DisableApiTermination = true });

        OksHarness.AssertJsonBody(_h.SentOnce("PATCH", "/projects/prj-1"), """{ "description": "d", "tags": {}, "quirks": ["q"], "disable_api_termination": true }""");
    }

    [Fact]
    public async Task DeleteProject_DeletesById()
    {
        _h.Answer("DELETE", "/projects/prj-1", 200, OksHarness.Envelope("\"detail\": \"Project prj-1 marked for deletion\""));

        await _h.Provider.DeleteProjectAsync("prj-1");

        var entry = _h.SentOnce("DELETE", "/projects/prj-1");
        Assert.Empty(OksHarness.Query(entry));
        OksHarness.AssertNoBody(entry);
    }

    // ------------------------------------------------------------------ what a project sees

    [Fact]
    public async Task GetProjectQuotas_MapsQuotasAndSubregions()
    {
        _h.Answer("GET", "/projects/prj-1/quotas", 200, OksHarness.Envelope("""
            "Project": {
              "request_id": "rpc-7",
              "data": {
                "quotas": [ { "ShortDescription": "VM limit", "QuotaCollection": "Compute", "AccountId": "123456789012",
                              "Description": "Maximum number of VMs", "MaxValue": 20, "UsedValue": 6, "Name": "vm_limit", "Scope": "account" } ],
                "subregions": [ { "State": "available", "RegionName": "eu-west-2", "SubregionName": "eu-west-2a", "LocationCode": "PAR1", "Tier": 1 } ],
                "generated_at": "now"
              }
            }
            """));

        var quotas = await _h.Provider.GetProjectQuotasAsync("prj-1");

        var entry = _h.SentOnce("GET", "/projects/prj-1/quotas");
        Assert.Empty(OksHarness.Query(entry));
        Assert.Equal("rpc-7", quotas.BackendRequestId);
        Assert.Equal("now", quotas.AdditionalProperties["generated_at"].GetString());
        var quota = Assert.Single(quotas.Quotas);
        Assert.Equal(("vm_limit", "VM limit", "Maximum number of VMs", "Compute", "123456789012", 20, 6), (quota.Name, quota.ShortDescription, quota.Description, quota.QuotaCollection, quota.AccountId, quota.MaxValue, quota.UsedValue));
        Assert.Equal("account", quota.AdditionalProperties["Scope"].GetString());
        var subregion = Assert.Single(quotas.Subregions);
        Assert.Equal(("eu-west-2a", "eu-west-2", "available", "PAR1"), (subregion.SubregionName, subregion.RegionName, subregion.State, subregion.LocationCode));
        Assert.Equal(1, subregion.AdditionalProperties["Tier"].GetInt32());
    }

    [Fact]
    public async Task GetProjectQuotas_WithoutData_GivesEmptyLists()
    {
        _h.Answer("GET", "/projects/prj-1/quotas", 200, OksHarness.Envelope("""  "Project": { "request_id": "rpc-8" } """));

        var quotas = await _h.Provider.GetProjectQuotasAsync("prj-1");

        Assert.Empty(quotas.Quotas);
        Assert.Empty(quotas.Subregions);
        Assert.Empty(quotas.AdditionalProperties);
    }

    [Fact]
    public async Task ListProjectSnapshots_MapsEverySnapshotMember()
    {
        _h.Answer("GET", "/projects/prj-1/snapshots", 200, OksHarness.Envelope("""
            "Snapshots": [ {
              "VolumeSize": 10, "AccountId": "123456789012", "VolumeId": "vol-12345678", "CreationDate": "2025-03-04T10:11:12.000Z",
              "Progress": 100, "SnapshotId": "snap-abcdef01", "State": "completed", "Description": "etcd backup",
              "Tags": [ { "Key": "OscK8sClusterID/web-prod", "Value": "owned", "Origin": "oks" } ],
              "PermissionsToCreateVolume": { "GlobalPermission": 0, "AccountIds": ["987654321098"], "Expires": null },
              "Encrypted": true
            }, { "SnapshotId": "snap-2" } ]
            """));

        var snapshots = await _h.Provider.ListProjectSnapshotsAsync("prj-1");

        _h.SentOnce("GET", "/projects/prj-1/snapshots");
        var snap = snapshots[0];
        Assert.Equal(("snap-abcdef01", "vol-12345678", 10, "completed", 100, "2025-03-04T10:11:12.000Z", "etcd backup", "123456789012"), (snap.SnapshotId, snap.VolumeId, snap.VolumeSize, snap.State, snap.Progress, snap.CreationDate, snap.Description, snap.AccountId));
        var tag = Assert.Single(snap.Tags);
        Assert.Equal(("OscK8sClusterID/web-prod", "owned", "oks"), (tag.Key, tag.Value, tag.AdditionalProperties["Origin"].GetString()));
        Assert.Equal(0, snap.PermissionsToCreateVolume!.GlobalPermission);
        Assert.Equal(["987654321098"], snap.PermissionsToCreateVolume.AccountIds);
        Assert.True(snap.PermissionsToCreateVolume.AdditionalProperties.ContainsKey("Expires"));
        Assert.True(snap.AdditionalProperties["Encrypted"].GetBoolean());
        Assert.Empty(snapshots[1].Tags);
        Assert.Null(snapshots[1].PermissionsToCreateVolume);
    }

    [Fact]
    public async Task ListProjectPublicIps_MapsEveryIp()
    {
        _h.Answer("GET", "/projects/prj-1/public_ips", 200, OksHarness.Envelope("""
            "PublicIps": [ { "Tags": [ { "Key": "name", "Value": "nat" } ], "PublicIp": "198.51.100.4", "PublicIpId": "eipalloc-1234abcd", "LinkedVm": "i-1" } ]
            """));

        var ips = await _h.Provider.ListProjectPublicIpsAsync("prj-1");

        _h.SentOnce("GET", "/projects/prj-1/public_ips");
        var ip = Assert.Single(ips);
        Assert.Equal(("198.51.100.4", "eipalloc-1234abcd", "nat"), (ip.PublicIp, ip.PublicIpId, Assert.Single(ip.Tags).Value));
        Assert.Equal("i-1", ip.AdditionalProperties["LinkedVm"].GetString());
    }

    [Fact]
    public async Task ListProjectNets_MapsEveryNet()
    {
        _h.Answer("GET", "/projects/prj-1/nets", 200, OksHarness.Envelope("""
            "Nets": [ { "DhcpOptionsSetId": "dopt-1", "IpRange": "10.50.0.0/18", "NetId": "vpc-abcd1234", "State": "available", "Tenancy": "default", "Tags": [] } ]
            """));

        var nets = await _h.Provider.ListProjectNetsAsync("prj-1");

        _h.SentOnce("GET", "/projects/prj-1/nets");
        var net = Assert.Single(nets);
        Assert.Equal(("vpc-abcd1234", "10.50.0.0/18", "available", "default", "dopt-1"), (net.NetId, net.IpRange, net.State, net.Tenancy, net.DhcpOptionsSetId));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, net.AdditionalProperties["Tags"].ValueKind);
    }

    [Fact]
    public async Task Lists_WithoutTheirMember_AreMalformedAnswers()
    {
        _h.Answer("GET", "/projects/prj-1/nets", 200, OksHarness.Envelope("\"Other\": []"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider.ListProjectNetsAsync("prj-1"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("Nets", ex.Message, StringComparison.Ordinal);
    }

    private static System.Text.Json.JsonElement Json(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
}
