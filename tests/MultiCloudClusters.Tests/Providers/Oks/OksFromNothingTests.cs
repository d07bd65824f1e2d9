using MultiCloudClusters.Clusters;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// From an empty OKS account to a running cluster with the public API alone, against the emulator: the project
/// template, a new project, waiting for it, a cluster on the provider's default version, its kubeconfig.
/// </summary>
public sealed class OksFromNothingTests
{
    [Fact]
    public async Task ProjectThenCluster_OnTheDefaultVersion_ToRunning()
    {
        var (emu, time) = await StartAsync(o => o.SeedData = false);
        await using var _ = emu;
        var oks = new OksClusterProvider(emu.Oks.CreateOptions());
        Assert.Empty(await oks.ListProjectsAsync().ToListAsync());

        var template = await oks.GetProjectTemplateAsync();
        template.Name = "shop";
        var created = await oks.CreateProjectAsync(template);
        Assert.Equal("pending", created.Status);
        time.Advance(TimeSpan.FromSeconds(3));
        var project = Assert.Single(await oks.ListProjectsAsync(new OksProjectQuery { Name = "shop" }).ToListAsync());
        Assert.Equal((created.Id, "ready"), (project.Id, project.Status));

        var cluster = await oks.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "web",
            Version = null,
            Options = new OksClusterOptions { ProjectId = project.Id, AdminWhitelist = ["203.0.113.0/24"] },
        });
        var defaultVersion = (await oks.GetClusterTemplateAsync()).Version;
        for (var i = 0; i < 5 && (await oks.GetClusterAsync(cluster.Id)).Status != ClusterStatus.Running; i++)
        {
            time.Advance(TimeSpan.FromSeconds(2));
        }

        var running = await oks.GetClusterAsync(cluster.Id);
        Assert.Equal(ClusterStatus.Running, running.Status);
        Assert.False(string.IsNullOrEmpty(defaultVersion));
        Assert.Equal(defaultVersion, running.Version);
        Assert.Equal(project.Id, running.GetNative<OksCluster>().ProjectId);
        Assert.StartsWith("apiVersion", (await oks.GetKubeconfigAsync(cluster.Id)).Content, StringComparison.Ordinal);
        Assert.Equal(1, emu.Counters.CreatesApplied(EmulatedProvider.Oks, "CreateProject"));
        Assert.Equal(1, emu.Counters.CreatesApplied(EmulatedProvider.Oks, "CreateCluster"));
    }

    [Fact]
    public async Task EveryEmulatedReadOnlyCall_ParsesIntoTheModels()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        var oks = new OksClusterProvider(emu.Oks.CreateOptions());

        var versions = await oks.GetKubernetesVersionsAsync();
        var quotas = await oks.GetQuotasAsync();

        Assert.NotEmpty(versions);
        Assert.Equal(versions, quotas.KubernetesVersions);
        Assert.NotEmpty(await oks.GetControlPlaneSubregionsAsync());
        Assert.Contains("cp.mono.master", await oks.GetControlPlanePlansAsync());
        Assert.NotEmpty(await oks.ListProjectsAsync().ToListAsync());
        Assert.All(await oks.ListClustersAsync(new OksClusterQuery { Status = "ready" }).ToListAsync(), c => Assert.Equal("ready", c.RawStatus));
    }
}
