using MultiCloudClusters.Clusters;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.EksRegisterCluster;

namespace MultiCloudClusters.Tests.Samples;

public sealed class EksRegisterClusterSampleTests
{
    [Fact]
    public async Task Registers_once_and_prints_activation_id_expiry_and_instructions_but_never_the_code()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(EksRegisterClusterJob.RunAsync, "edge-1", "--connector-provider", "RANCHER", "--tag", "team=platform");

        Assert.True(code == SampleProgram.Succeeded, output);
        var eks = fixture.Host.Cluster<EksClusterProvider>(EksClusterProvider.ProviderName);
        var described = (await eks.GetClusterAsync("edge-1")).GetNative<EksCluster>();
        var connector = described.ConnectorConfig!;
        Assert.Equal("RANCHER", connector.Provider);
        Assert.Equal("platform", described.Tags["team"]);
        Assert.Contains($"activation id    {connector.ActivationId}", output, StringComparison.Ordinal);
        Assert.Contains("activation code  hidden", output, StringComparison.Ordinal);
        Assert.DoesNotContain(connector.ActivationCode!, output, StringComparison.Ordinal);
        Assert.Contains("Apply the EKS Connector manifest with this activation id and code inside cluster 'edge-1' before ", output, StringComparison.Ordinal);
        Assert.Matches(@"expires\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ", output);
        Assert.Equal(1, fixture.Emulator.Counters.CreatesApplied(EmulatedProvider.Eks, "RegisterCluster"));
        Assert.Equal(ClusterStatus.Pending, (await eks.GetClusterAsync("edge-1")).Status);
    }

    [Fact]
    public async Task Prints_the_activation_code_only_when_asked()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(EksRegisterClusterJob.RunAsync, "--name", "edge-2", "--show-activation-code");

        Assert.True(code == SampleProgram.Succeeded, output);
        var eks = fixture.Host.Cluster<EksClusterProvider>(EksClusterProvider.ProviderName);
        var activationCode = (await eks.GetClusterAsync("edge-2")).GetNative<EksCluster>().ConnectorConfig!.ActivationCode!;
        Assert.Contains($"activation code  {activationCode}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deregisters_at_the_end_and_waits_until_the_cluster_is_gone()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(EksRegisterClusterJob.RunAsync, "edge-3", "--deregister");

        Assert.True(code == SampleProgram.Succeeded, output);
        Assert.Contains("edge-3 is Deleting (DELETING).", output, StringComparison.Ordinal);
        Assert.Contains("edge-3 is Deleted.", output, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Emulator.Counters.CreatesApplied(EmulatedProvider.Eks, "RegisterCluster"));
        Assert.Equal(1, fixture.Emulator.Counters.RequestCount(EmulatedProvider.Eks, "DeregisterCluster"));
        var eks = fixture.Host.Cluster<EksClusterProvider>(EksClusterProvider.ProviderName);
        Assert.DoesNotContain("edge-3", await eks.ListClusterNamesAsync().ToListAsync());
    }

    [Fact]
    public async Task Refuses_an_unknown_connector_provider_before_sending_anything()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(EksRegisterClusterJob.RunAsync, "edge-4", "--connector-provider", "MAINFRAME");

        Assert.Equal(SampleProgram.Failed, code);
        Assert.Contains("ConnectorProvider must be one of", output, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Emulator.Counters.RequestCount(EmulatedProvider.Eks, "RegisterCluster"));
    }
}
