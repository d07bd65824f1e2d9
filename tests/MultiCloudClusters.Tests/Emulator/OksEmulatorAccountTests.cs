using MultiCloudClusters.Clusters;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>
/// The OKS operations beyond projects and clusters, through the library against the emulator: EIM users, the
/// project's cloud resources following its clusters, limits, templates, the caller's IP; and updates that merge.
/// </summary>
public sealed class OksEmulatorAccountTests
{
    private static OksClusterProvider Oks(MultiCloudEmulator emu) =>
        new(new OksOptions { Endpoint = emu.Oks.BaseUrl, AccessKey = emu.Oks.AccessKey, SecretKey = emu.Oks.SecretKey, UseCliConfiguration = false });

    private static async Task<string> ProjectIdAsync(OksClusterProvider oks) => (await oks.ListProjectsAsync().ToListAsync())[0].Id;

    private static Task<ClusterInfo> CreateClusterAsync(OksClusterProvider oks, string projectId, string name, string? description = null, IReadOnlyList<string>? enable = null) =>
        oks.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = name,
            Version = "1.31",
            Options = new OksClusterOptions { ProjectId = projectId, AdminWhitelist = ["203.0.113.0/24"], Description = description, EnableAdmissionPlugins = enable },
        });

    [Fact]
    public async Task EIM_users_are_created_sealed_or_clear_listed_without_secrets_and_deleted()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        var oks = Oks(emu);
        var projectId = await ProjectIdAsync(oks);

        var sealedUser = await oks.CreateEimUserAsync(projectId, new OksEimUserCreateRequest { UserName = "ci", Ttl = TimeSpan.FromDays(1) });
        var clearUser = await oks.CreateEimUserAsync(projectId, new OksEimUserCreateRequest { UserName = "ops", Encrypted = false });
        Assert.Equal("ci", sealedUser.UserName);
        Assert.False(string.IsNullOrEmpty(Assert.Single(sealedUser.AccessKeys).SecretKey));
        Assert.False(string.IsNullOrEmpty(Assert.Single(clearUser.AccessKeys).SecretKey));
        var key = sealedUser.AccessKeys[0];
        Assert.Equal(DateTimeOffset.Parse(key.CreationDate!, System.Globalization.CultureInfo.InvariantCulture).AddDays(1),
            DateTimeOffset.Parse(key.ExpirationDate!, System.Globalization.CultureInfo.InvariantCulture));

        var listed = await oks.ListEimUsersAsync(projectId);
        Assert.Equal(["ci", "ops"], listed.Select(u => u.UserName));
        Assert.All(listed.SelectMany(u => u.AccessKeys), k => Assert.Null(k.SecretKey));
        Assert.Equal(key.AccessKeyId, listed[0].AccessKeys[0].AccessKeyId);
        Assert.NotEmpty(await oks.ListEimUserTypesAsync(projectId));
        await Assert.ThrowsAsync<CloudConflictException>(() => oks.CreateEimUserAsync(projectId, new OksEimUserCreateRequest { UserName = "ci" }));

        await oks.DeleteEimUserAsync(projectId, "ci");
        Assert.Equal(["ops"], (await oks.ListEimUsersAsync(projectId)).Select(u => u.UserName));
        await Assert.ThrowsAsync<CloudNotFoundException>(() => oks.DeleteEimUserAsync(projectId, "ci"));
        Assert.Equal(2, emu.Counters.CreatesApplied(EmulatedProvider.Oks, "CreateEimUser"));
    }

    [Fact]
    public async Task Project_resources_follow_the_projects_clusters()
    {
        var (emu, time) = await StartAsync();
        await using var __ = emu;
        var oks = Oks(emu);
        var project = (await oks.ListProjectsAsync().ToListAsync())[0];
        var seeded = (await oks.ListClustersAsync(new OksClusterQuery { ProjectId = project.Id }).ToListAsync()).Count;

        var net = Assert.Single(await oks.ListProjectNetsAsync(project.Id));
        Assert.Equal((project.Cidr, "available"), (net.IpRange, net.State));
        Assert.Equal(seeded + 1, (await oks.ListProjectPublicIpsAsync(project.Id)).Count);
        Assert.Equal(seeded, (await oks.ListProjectSnapshotsAsync(project.Id)).Count);

        await CreateClusterAsync(oks, project.Id, "extra");
        Assert.Equal(seeded + 2, (await oks.ListProjectPublicIpsAsync(project.Id)).Count);
        Assert.Equal(seeded, (await oks.ListProjectSnapshotsAsync(project.Id)).Count); // not ready yet: no backup
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(seeded + 1, (await oks.ListProjectSnapshotsAsync(project.Id)).Count);
        var quotas = await oks.GetProjectQuotasAsync(project.Id);
        Assert.Equal(seeded + 1, quotas.Quotas.Single(q => q.Name == "lbu_limit").UsedValue);
        Assert.Equal(3, quotas.Subregions.Count);
        Assert.False(string.IsNullOrEmpty(quotas.RequestId));
        await Assert.ThrowsAsync<CloudNotFoundException>(() => oks.ListProjectNetsAsync("no-such-project"));
    }

    [Fact]
    public async Task Limits_templates_and_the_callers_IP_are_answered()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        var oks = Oks(emu);

        var plugins = await oks.GetAdmissionPluginsAsync("1.31");
        Assert.Contains("PodSecurity", plugins.Defaults);
        Assert.Contains("AlwaysPullImages", plugins.CanEnable);
        Assert.Contains("LimitRanger", plugins.CanDisable);
        await Assert.ThrowsAsync<CloudValidationException>(() => oks.GetAdmissionPluginsAsync("1.99"));
        Assert.Equal("Nodepool", (await oks.GetNodePoolTemplateAsync()).Kind);
        Assert.Equal("NetPeeringRequest", (await oks.GetNetPeeringRequestTemplateAsync()).Kind);
        Assert.Equal("NetPeeringAcceptance", (await oks.GetNetPeeringAcceptanceTemplateAsync()).Kind);
        Assert.Equal("127.0.0.1", await oks.GetClientIpAsync());
        Assert.Equal("203.0.113.9", await oks.GetClientIpAsync("203.0.113.9"));
        Assert.Equal(["203.0.113.9/32"], (await oks.GetClusterTemplateAsync("203.0.113.9")).AdminWhitelist);
    }

    [Fact]
    public async Task Cluster_update_keeps_what_it_does_not_name_and_merges_admission_flags()
    {
        var (emu, time) = await StartAsync();
        await using var __ = emu;
        var oks = Oks(emu);
        var created = await CreateClusterAsync(oks, await ProjectIdAsync(oks), "merge", description: "the shop", enable: ["AlwaysPullImages"]);
        time.Advance(TimeSpan.FromSeconds(4));

        await oks.UpdateClusterAsync(created.Id, new ClusterUpdateRequest { Tags = new Dictionary<string, string> { ["team"] = "web" } });
        time.Advance(TimeSpan.FromSeconds(2));
        var updated = await oks.UpdateClusterAsync(created.Id, new ClusterUpdateRequest { Options = new OksClusterOptions { DisableAdmissionPlugins = ["LimitRanger"] } });

        var native = updated.GetNative<OksCluster>();
        Assert.Equal("the shop", native.Description);
        Assert.Equal("web", native.Tags["team"]);
        Assert.Equal(["AlwaysPullImages"], native.AdmissionFlags!.EnableAdmissionPlugins);
        Assert.Equal(["LimitRanger"], native.AdmissionFlags.DisableAdmissionPlugins);
        Assert.Contains("AlwaysPullImages", native.AdmissionFlags.AppliedAdmissionPlugins);
        Assert.DoesNotContain("LimitRanger", native.AdmissionFlags.AppliedAdmissionPlugins);
        Assert.Contains("PodSecurity", native.AdmissionFlags.AppliedAdmissionPlugins);
        time.Advance(TimeSpan.FromSeconds(2));
        await Assert.ThrowsAsync<CloudValidationException>(() =>
            oks.UpdateClusterAsync(created.Id, new ClusterUpdateRequest { Options = new OksClusterOptions { EnableAdmissionPlugins = ["NoSuchPlugin"] } }));
    }

    [Fact]
    public async Task Upgrade_through_the_library_moves_to_the_version_asked_once_the_rollout_settles()
    {
        var (emu, time) = await StartAsync();
        await using var __ = emu;
        var oks = Oks(emu);
        var cluster = (await oks.ListClustersAsync(new OksClusterQuery { Version = "1.31" }).ToListAsync())[0];

        var upgrading = await oks.UpgradeClusterAsync(cluster.Id, "1.32");

        Assert.Equal("upgrading", upgrading.RawStatus);
        Assert.Equal("1.31", upgrading.Version);
        time.Advance(TimeSpan.FromSeconds(2));
        var upgraded = await oks.GetClusterAsync(cluster.Id);
        Assert.Equal(("1.32", ClusterStatus.Running), (upgraded.Version, upgraded.Status));
        await Assert.ThrowsAsync<CloudConflictException>(() => oks.UpgradeClusterAsync(cluster.Id, "1.32"));
    }

    [Fact]
    public async Task Deleted_projects_and_clusters_are_listed_only_when_asked()
    {
        var (emu, time) = await StartAsync();
        await using var __ = emu;
        var oks = Oks(emu);
        var cluster = (await oks.ListClustersAsync(new OksClusterQuery()).ToListAsync())[0];
        var project = await oks.CreateProjectAsync(new OksProjectCreateRequest { Name = "brief", Cidr = "10.70.0.0/18", Region = emu.Oks.Region });
        time.Advance(TimeSpan.FromSeconds(2));

        await oks.DeleteClusterAsync(cluster.Id);
        await oks.DeleteProjectAsync(project.Id);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.DoesNotContain(cluster.Id, (await oks.ListClustersAsync(new OksClusterQuery()).ToListAsync()).Select(c => c.Id));
        var deleted = Assert.Single(await oks.ListClustersAsync(new OksClusterQuery { IncludeDeleted = true }).ToListAsync(), c => c.Id == cluster.Id);
        Assert.Equal("deleted", deleted.RawStatus);
        Assert.NotNull(deleted.GetNative<OksCluster>().Statuses!.DeletedAt);
        Assert.DoesNotContain(project.Id, (await oks.ListProjectsAsync().ToListAsync()).Select(p => p.Id));
        Assert.Equal("deleted", Assert.Single(await oks.ListProjectsAsync(new OksProjectQuery { IncludeDeleted = true }).ToListAsync(), p => p.Id == project.Id).Status);
        await Assert.ThrowsAsync<CloudNotFoundException>(() => oks.GetClusterAsync(cluster.Id));
    }
}
