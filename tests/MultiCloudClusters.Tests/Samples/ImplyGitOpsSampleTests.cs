using MultiCloudClusters.Clusters;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.ImplyGitOps;

namespace MultiCloudClusters.Tests.Samples;

public sealed class ImplyGitOpsSampleTests
{
    [Fact]
    public async Task Dry_run_only_prints_the_plan_of_the_shipped_cluster_json_and_changes_nothing()
    {
        await using var fixture = await SampleFixture.StartAsync();

        // No file argument: the example cluster.json shipped beside the program.
        var (code, output) = await fixture.RunAsync(ImplyGitOpsJob.RunAsync, "--dry-run-only");

        Assert.True(code == SampleProgram.Succeeded, output);
        Assert.Contains("Dry run: 7 change(s) to analytics; it would end Running", output, StringComparison.Ordinal);
        Assert.Contains("+ spec.commonRuntimeProperties: [{\"name\":\"druid.server.http.numThreads\",\"value\":\"40\"}]", output, StringComparison.Ordinal);
        Assert.Contains("+ spec.query.brokerRuntimeProperties: [{\"name\":\"druid.broker.cache.useCache\",\"value\":\"true\"},", output, StringComparison.Ordinal);
        Assert.Contains("~ spec.query.replicas: 1 -> 2", output, StringComparison.Ordinal);
        Assert.Contains("~ spec.query.instanceType: \"m5.large\" -> \"m5.xlarge\"", output, StringComparison.Ordinal);
        Assert.Contains("~ spec.data.tier1.replicas: 2 -> 3", output, StringComparison.Ordinal);
        Assert.Contains("+ spec.featureFlags: [\"async-query-downloads\"]", output, StringComparison.Ordinal);
        Assert.Contains("Dry run only: nothing was changed.", output, StringComparison.Ordinal);

        var analytics = await Native(fixture, "analytics");
        Assert.Equal(1, analytics.Spec.Query!.Replicas);
        Assert.Equal(1, analytics.Status!.ResourceVersion);
        Assert.Equal(1, fixture.Emulator.Counters.RequestCount(EmulatedProvider.Imply, "UpdateCluster"));
    }

    [Fact]
    public async Task Applies_after_the_dry_run_waits_until_settled_and_a_second_run_finds_nothing_to_do()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(ImplyGitOpsJob.RunAsync);
        var (againCode, again) = await fixture.RunAsync(ImplyGitOpsJob.RunAsync);

        Assert.True(code == SampleProgram.Succeeded, output);
        Assert.Contains("Applied: analytics is Updating at resource version 2", output, StringComparison.Ordinal);
        Assert.Contains("Settled: analytics is Running at resource version 2.", output, StringComparison.Ordinal);
        var analytics = await Native(fixture, "analytics");
        Assert.Equal(2, analytics.Spec.Query!.Replicas);
        Assert.Equal("m5.xlarge", analytics.Spec.Query.InstanceType);
        Assert.Equal(3, analytics.Spec.Data!.Tier1!.Replicas);
        Assert.Equal(["async-query-downloads"], analytics.Spec.FeatureFlags!);
        var runtime = Assert.Single(analytics.Spec.CommonRuntimeProperties!); // {name, value} pairs survive the round trip
        Assert.Equal(("druid.server.http.numThreads", "40"), (runtime.Name, runtime.Value));
        Assert.Equal(
            ["druid.broker.cache.useCache=true", "druid.broker.cache.populateCache=true"],
            analytics.Spec.Query.BrokerRuntimeProperties!.Select(p => $"{p.Name}={p.Value}"));
        Assert.Equal("PROXIED", analytics.Spec.Pivot!.AccessMode); // untouched members stay: a merge, not a replace
        Assert.Equal("RUNNING", analytics.Status!.State);

        Assert.True(againCode == SampleProgram.Succeeded, again);
        Assert.Contains("Dry run: no changes; analytics already matches the file.", again, StringComparison.Ordinal);
        Assert.Equal(2, (await Native(fixture, "analytics")).Status!.ResourceVersion);
    }

    [Fact]
    public async Task A_null_in_the_file_deletes_the_member_and_desired_state_decides_what_settled_means()
    {
        await using var fixture = await SampleFixture.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"gitops-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "metadata": { "name": "metrics" }, "spec": { "desiredState": "STOPPED", "deepStorage": { "encrypt": null } } }""");
        try
        {
            var (code, output) = await fixture.RunAsync(ImplyGitOpsJob.RunAsync, file);

            Assert.True(code == SampleProgram.Succeeded, output);
            Assert.Contains("- spec.deepStorage.encrypt: true", output, StringComparison.Ordinal);
            Assert.Contains("~ spec.desiredState: \"STARTED\" -> \"STOPPED\"", output, StringComparison.Ordinal);
            Assert.Contains("Settled: metrics is Stopped", output, StringComparison.Ordinal);
            var metrics = await Native(fixture, "metrics");
            Assert.Null(metrics.Spec.DeepStorage!.Encrypt);
            Assert.Equal("s3://emulator-bucket/metrics", metrics.Spec.DeepStorage.Path);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Refuses_to_apply_a_file_to_a_cluster_it_does_not_describe()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(ImplyGitOpsJob.RunAsync, "--cluster", "events");

        Assert.Equal(SampleProgram.Failed, code);
        Assert.Contains("describes cluster 'analytics'", output, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Emulator.Counters.RequestCount(EmulatedProvider.Imply, "UpdateCluster"));
    }

    private static async Task<ImplyCluster> Native(SampleFixture fixture, string name)
    {
        var imply = fixture.Host.Cluster<ImplyClusterProvider>(ImplyClusterProvider.ProviderName);
        var cluster = await ClusterLookup.FindAsync(imply, name, CancellationToken.None);
        return (await imply.GetClusterAsync(cluster.Id)).GetNative<ImplyCluster>();
    }
}
