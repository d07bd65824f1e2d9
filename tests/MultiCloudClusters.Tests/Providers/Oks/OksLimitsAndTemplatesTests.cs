using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// Limits, quotas, the caller's IP and the five templates through the public <see cref="OksClusterProvider"/>
/// methods: the exact request and every documented member of the answer, unknown members kept.
/// </summary>
public sealed class OksLimitsAndTemplatesTests : IDisposable
{
    private readonly OksHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task GetKubernetesVersions_GetsTheList()
    {
        _h.Answer("GET", "/clusters/limits/kubernetes_versions", 200, OksHarness.Envelope("\"Versions\": [\"1.30\", \"1.31\"]"));

        var versions = await _h.Provider.GetKubernetesVersionsAsync();

        OksHarness.AssertNoBody(_h.SentOnce("GET", "/clusters/limits/kubernetes_versions"));
        Assert.Equal(["1.30", "1.31"], versions);
    }

    [Fact]
    public async Task GetControlPlaneSubregions_GetsTheList()
    {
        _h.Answer("GET", "/clusters/limits/cp_subregions", 200, OksHarness.Envelope("\"CPSubregions\": [\"2a\", \"2b\"]"));

        var subregions = await _h.Provider.GetControlPlaneSubregionsAsync();

        _h.SentOnce("GET", "/clusters/limits/cp_subregions");
        Assert.Equal(["2a", "2b"], subregions);
    }

    [Fact]
    public async Task GetControlPlanePlans_GetsTheList()
    {
        _h.Answer("GET", "/clusters/limits/control_plane_plans", 200, OksHarness.Envelope("\"ControlPlanes\": [\"cp.mono.master\", \"cp.3.masters.small\"]"));

        var plans = await _h.Provider.GetControlPlanePlansAsync();

        _h.SentOnce("GET", "/clusters/limits/control_plane_plans");
        Assert.Equal(["cp.mono.master", "cp.3.masters.small"], plans);
    }

    [Fact]
    public async Task GetAdmissionPlugins_SendsTheVersion_AndMapsTheSets()
    {
        _h.Answer("GET", "/clusters/limits/admission_plugins", 200, OksHarness.Envelope("""
            "AdmissionPlugins": { "EnableAdmissionPlugins": ["AlwaysPullImages"], "DisableAdmissionPlugins": ["DefaultStorageClass"],
                                  "DefaultAdmissionPlugins": ["NamespaceLifecycle", "LimitRanger"], "Deprecated": ["PodSecurityPolicy"] }
            """));

        var plugins = await _h.Provider.GetAdmissionPluginsAsync("1.31");

        Assert.Equal([("version", "1.31")], OksHarness.Query(_h.SentOnce("GET", "/clusters/limits/admission_plugins")));
        Assert.Equal(["AlwaysPullImages"], plugins.CanEnable);
        Assert.Equal(["DefaultStorageClass"], plugins.CanDisable);
        Assert.Equal(["NamespaceLifecycle", "LimitRanger"], plugins.Defaults);
        Assert.Equal("PodSecurityPolicy", plugins.AdditionalProperties["Deprecated"][0].GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1.31")]
    [InlineData("1.31&x=1")]
    public async Task GetAdmissionPlugins_BadVersion_IsRefusedBeforeSending(string version)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.GetAdmissionPluginsAsync(version));

        Assert.Contains(ex.FieldErrors, e => e.Field == "version");
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task GetQuotas_MapsTheAccountLimits()
    {
        _h.Answer("GET", "/quotas", 200, OksHarness.Envelope("""
            "Quotas": { "Projects": 5, "ClustersPerProject": 3, "KubeVersions": ["1.30", "1.31"], "CPSubregions": ["2a"], "NodesPerCluster": 50 }
            """));

        var quotas = await _h.Provider.GetQuotasAsync();

        _h.SentOnce("GET", "/quotas");
        Assert.Equal((5, 3), (quotas.Projects, quotas.ClustersPerProject));
        Assert.Equal(["1.30", "1.31"], quotas.KubernetesVersions);
        Assert.Equal(["2a"], quotas.ControlPlaneSubregions);
        Assert.Equal(50, quotas.AdditionalProperties["NodesPerCluster"].GetInt32());
    }

    [Fact]
    public async Task GetClientIp_WithAndWithoutTheRealIpHeader()
    {
        _h.Answer("GET", "/myip", 200, OksHarness.Envelope("\"IP\": { \"x_real_ip\": \"198.51.100.23\" }"));

        var seen = await _h.Provider.GetClientIpAsync();
        var given = await _h.Provider.GetClientIpAsync("203.0.113.9");

        Assert.Equal("198.51.100.23", seen);
        Assert.Equal("198.51.100.23", given);
        Assert.Null(OksHarness.Header(_h.Requests[0], "X-Real-IP"));
        Assert.Equal("203.0.113.9", OksHarness.Header(_h.Requests[1], "X-Real-IP"));
        Assert.All(_h.Requests, r => Assert.Equal(OksHarness.Prefix + "/myip", r.RequestMessage!.Path));
    }

    [Fact]
    public async Task GetClientIp_NullAddress_IsNull()
    {
        _h.Answer("GET", "/myip", 200, OksHarness.Envelope("\"IP\": { \"x_real_ip\": null }"));

        Assert.Null(await _h.Provider.GetClientIpAsync());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("203.0.113.9\r\nX-Evil: 1")]
    [InlineData("")]
    public async Task ClientIp_NotAnAddress_IsRefusedBeforeSending(string clientIp)
    {
        var myIp = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.GetClientIpAsync(clientIp));
        var template = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider.GetClusterTemplateAsync(clientIp));

        Assert.Equal("clientIp", Assert.Single(myIp.FieldErrors).Field);
        Assert.Equal("clientIp", Assert.Single(template.FieldErrors).Field);
        Assert.Empty(_h.Requests);
    }

    // ------------------------------------------------------------------ templates

    [Fact]
    public async Task GetProjectTemplate_MapsTheTemplate_AsACreateRequest()
    {
        _h.Answer("GET", "/templates/project", 200, OksHarness.Envelope("""
            "Template": { "name": "my-project", "cidr": "10.50.0.0/18", "region": "eu-west-2", "description": null, "tags": { "a": "b" },
                          "net_specific": { "disable_lan_security_groups": false }, "quirks": ["q"], "disable_api_termination": false, "billing": "x" }
            """));

        var template = await _h.Provider.GetProjectTemplateAsync();

        _h.SentOnce("GET", "/templates/project");
        Assert.Equal(("my-project", "10.50.0.0/18", "eu-west-2", null), (template.Name, template.Cidr, template.Region, template.Description));
        Assert.Equal("b", template.Tags!["a"]);
        Assert.False(template.NetSpecific!.DisableLanSecurityGroups);
        Assert.Equal(["q"], template.Quirks!);
        Assert.False(template.DisableApiTermination);
        Assert.Equal("x", template.AdditionalProperties["billing"].GetString());
    }

    [Fact]
    public async Task GetClusterTemplate_SendsTheRealIp_AndMapsEveryMember()
    {
        _h.Answer("GET", "/templates/cluster", 200, OksHarness.Envelope("""
            "Template": {
              "name": "my-cluster", "project_id": "", "description": null, "version": "1.31", "cp_subregions": ["2a"], "admin_lbu": false,
              "admission_flags": { "enable_admission_plugins": ["AlwaysPullImages"], "disable_admission_plugins": [] },
              "cidr_pods": "10.91.0.0/16", "cidr_service": "10.92.0.0/16", "cluster_dns": "10.92.0.10", "tags": {},
              "auto_maintenances": { "minor_upgrade_maintenance": { "enabled": true, "week_day": "Tue" }, "patch_upgrade_maintenance": { "enabled": false } },
              "maintenance_window": { "duration_hours": 2, "start_hour": 3, "week_day": "Sun", "tz": "UTC" },
              "control_planes": "cp.3.masters.small", "admin_whitelist": ["203.0.113.9/32"], "quirks": null, "disable_api_termination": false,
              "cni": "cilium"
            }
            """));

        var t = await _h.Provider.GetClusterTemplateAsync("203.0.113.9");

        Assert.Equal("203.0.113.9", OksHarness.Header(_h.SentOnce("GET", "/templates/cluster"), "X-Real-IP"));
        Assert.Equal(("my-cluster", "", null, "1.31"), (t.Name, t.ProjectId, t.Description, t.Version));
        Assert.Equal(["2a"], t.CpSubregions);
        Assert.False(t.AdminLbu);
        Assert.Equal(["AlwaysPullImages"], t.AdmissionFlags!.EnableAdmissionPlugins);
        Assert.Empty(t.AdmissionFlags.DisableAdmissionPlugins);
        Assert.Empty(t.AdmissionFlags.AppliedAdmissionPlugins);
        Assert.Equal(("10.91.0.0/16", "10.92.0.0/16", "10.92.0.10"), (t.CidrPods, t.CidrService, t.ClusterDns));
        Assert.Empty(t.Tags);
        Assert.True(t.AutoMaintenances!.MinorUpgradeMaintenance!.Enabled);
        Assert.Equal("Tue", t.AutoMaintenances.MinorUpgradeMaintenance.WeekDay);
        Assert.False(t.AutoMaintenances.PatchUpgradeMaintenance!.Enabled);
        Assert.Equal((2, 3, "Sun", "UTC"), (t.MaintenanceWindow!.DurationHours, t.MaintenanceWindow.StartHour, t.MaintenanceWindow.WeekDay, t.MaintenanceWindow.Tz));
        Assert.Equal("cp.3.masters.small", t.ControlPlanes);
        Assert.Equal(["203.0.113.9/32"], t.AdminWhitelist);
        Assert.Empty(t.Quirks);
        Assert.False(t.DisableApiTermination);
        Assert.Equal("cilium", t.AdditionalProperties["cni"].GetString());
    }

    [Fact]
    public async Task GetNodePoolTemplate_MapsTheObject()
    {
        _h.Answer("GET", "/templates/nodepool", 200, OksHarness.Envelope("""
            "Template": {
              "apiVersion": "oks.dev/v1beta2", "kind": "NodePool", "metadata": { "name": "pool-1", "labels": { "a": "b" } },
              "spec": {
                "desiredNodes": "2", "nodeType": "tinav6.c2r4p3", "zones": ["eu-west-2a"],
                "volumes": [ { "device": "root", "type": "gp2", "size": 50, "dir": "/", "iops": 100 } ],
                "upgradeStrategy": { "maxUnavailable": 1, "maxSurge": 0, "autoUpgradeEnabled": true,
                                     "autoUpgradeMaintenance": { "durationHours": 1, "startHour": 12, "weekDay": "Tue" } },
                "autoHealing": true, "fgpu": null
              }
            }
            """));

        var pool = await _h.Provider.GetNodePoolTemplateAsync();

        _h.SentOnce("GET", "/templates/nodepool");
        Assert.Equal(("oks.dev/v1beta2", "NodePool", "pool-1"), (pool.ApiVersion, pool.Kind, pool.Metadata!.Name));
        Assert.True(pool.Metadata.AdditionalProperties.ContainsKey("labels"));
        var spec = pool.Spec!;
        Assert.Equal(("2", "tinav6.c2r4p3", true), (spec.DesiredNodes, spec.NodeType, spec.AutoHealing));
        Assert.Equal(["eu-west-2a"], spec.Zones);
        var volume = Assert.Single(spec.Volumes);
        Assert.Equal(("root", "gp2", 50, "/"), (volume.Device, volume.Type, volume.Size, volume.Dir));
        Assert.Equal(100, volume.AdditionalProperties["iops"].GetInt32());
        Assert.Equal((1, 0, true), (spec.UpgradeStrategy!.MaxUnavailable, spec.UpgradeStrategy.MaxSurge, spec.UpgradeStrategy.AutoUpgradeEnabled));
        var window = spec.UpgradeStrategy.AutoUpgradeMaintenance!;
        Assert.Equal((1, 12, "Tue"), (window.DurationHours, window.StartHour, window.WeekDay));
        Assert.True(spec.AdditionalProperties.ContainsKey("fgpu"));
    }

    [Fact]
    public async Task GetNetPeeringRequestTemplate_MapsTheObject()
    {
        _h.Answer("GET", "/templates/netpeeringrequest", 200, OksHarness.Envelope("""
            "Template": { "apiVersion": "oks.dev/v1beta", "kind": "NetPeeringRequest", "metadata": { "name": "peer" },
                          "spec": { "accepterNetId": "vpc-1", "accepterOwnerId": "123456789012", "region": "eu-west-2" } }
            """));

        var request = await _h.Provider.GetNetPeeringRequestTemplateAsync();

        _h.SentOnce("GET", "/templates/netpeeringrequest");
        Assert.Equal(("oks.dev/v1beta", "NetPeeringRequest", "peer"), (request.ApiVersion, request.Kind, request.Metadata!.Name));
        Assert.Equal(("vpc-1", "123456789012"), (request.Spec!.AccepterNetId, request.Spec.AccepterOwnerId));
        Assert.Equal("eu-west-2", request.Spec.AdditionalProperties["region"].GetString());
    }

    [Fact]
    public async Task GetNetPeeringAcceptanceTemplate_MapsTheObject()
    {
        _h.Answer("GET", "/templates/netpeeringacceptance", 200, OksHarness.Envelope("""
            "Template": { "apiVersion": "oks.dev/v1beta", "kind": "NetPeeringAcceptance", "metadata": { "name": "accept" },
                          "spec": { "netPeeringId": "pcx-1" }, "status": {} }
            """));

        var acceptance = await _h.Provider.GetNetPeeringAcceptanceTemplateAsync();

        _h.SentOnce("GET", "/templates/netpeeringacceptance");
        Assert.Equal(("oks.dev/v1beta", "NetPeeringAcceptance", "accept"), (acceptance.ApiVersion, acceptance.Kind, acceptance.Metadata!.Name));
        Assert.Equal("pcx-1", acceptance.Spec!.NetPeeringId);
        Assert.True(acceptance.AdditionalProperties.ContainsKey("status"));
    }

    [Fact]
    public async Task Template_WithoutItsMember_IsAMalformedAnswer()
    {
        _h.Answer("GET", "/templates/nodepool", 200, OksHarness.Envelope("\"Other\": {}"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider.GetNodePoolTemplateAsync());

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("Template", ex.Message, StringComparison.Ordinal);
    }
}
