using System.Text.Json;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.ClusterInventory;
using MultiCloudClusters.Samples.EksRegisterCluster;

namespace MultiCloudClusters.Tests.Samples;

public sealed class ClusterInventorySampleTests
{
    private static readonly string[] Seeded = ["alpha", "bravo", "charlie", "analytics", "metrics", "events", "batch", "test", "web", "dev-eks", "prod-eks", "staging-eks"];

    [Fact]
    public async Task Lists_every_cluster_of_every_provider_with_totals_by_status()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(ClusterInventoryJob.RunAsync);

        Assert.True(code == SampleProgram.Succeeded, output);
        foreach (var name in Seeded)
        {
            Assert.Contains($"  {name} ", output, StringComparison.Ordinal);
        }

        Assert.Matches(@"(?m)^  Running\s+12$", output);
        Assert.Matches(@"(?m)^  all\s+12$", output);
        foreach (var provider in new[] { "oks", "imply", "ame", "eks" })
        {
            Assert.Matches($@"(?m)^  {provider}\s+3\s+ok$", output);
        }
    }

    [Fact]
    public async Task Json_output_is_one_document_with_clusters_providers_and_totals()
    {
        await using var fixture = await SampleFixture.StartAsync();
        await fixture.RunAsync(EksRegisterClusterJob.RunAsync, "pending-one");

        var (code, output) = await fixture.RunAsync(ClusterInventoryJob.RunAsync, "--json");

        Assert.True(code == SampleProgram.Succeeded, output);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(13, root.GetProperty("total").GetInt32());
        Assert.Equal(12, root.GetProperty("totals").GetProperty("Running").GetInt32());
        Assert.Equal(1, root.GetProperty("totals").GetProperty("Pending").GetInt32());
        Assert.Equal(13, root.GetProperty("clusters").GetArrayLength());
        Assert.All(root.GetProperty("providers").EnumerateArray(), p => Assert.True(p.GetProperty("ok").GetBoolean()));
        var pending = root.GetProperty("clusters").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "pending-one");
        Assert.Equal("eks", pending.GetProperty("provider").GetString());
        Assert.Equal("PENDING", pending.GetProperty("rawStatus").GetString());
    }

    [Fact]
    public async Task A_failing_provider_is_reported_beside_the_others_results_and_the_exit_code_says_so()
    {
        await using var fixture = await SampleFixture.StartAsync();
        fixture.Emulator.Faults.Add(new FaultRule { Provider = EmulatedProvider.Imply, Operation = "ListClusters", Kind = FaultKind.InternalServerError });

        var (code, output) = await fixture.RunAsync(ClusterInventoryJob.RunAsync);
        var (jsonCode, jsonOutput) = await fixture.RunAsync(ClusterInventoryJob.RunAsync, "--json");

        Assert.Equal(SampleProgram.Failed, code);
        Assert.Matches(@"(?m)^  imply\s+-\s+FAILED$", output);
        Assert.Contains("imply: could not list: ", output, StringComparison.Ordinal);
        Assert.Contains("  alpha ", output, StringComparison.Ordinal);
        Assert.Contains("  dev-eks ", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  all\s+9$", output);

        Assert.Equal(SampleProgram.Failed, jsonCode);
        using var json = JsonDocument.Parse(jsonOutput);
        var imply = json.RootElement.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "imply");
        Assert.False(imply.GetProperty("ok").GetBoolean());
        Assert.Contains("500", imply.GetProperty("error").GetString()!, StringComparison.Ordinal);
        Assert.Equal(9, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Lists_only_the_providers_asked_for_and_refuses_unknown_ones()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(ClusterInventoryJob.RunAsync, "--provider", "ame");
        var (badCode, badOutput) = await fixture.RunAsync(ClusterInventoryJob.RunAsync, "--provider", "gke");

        Assert.True(code == SampleProgram.Succeeded, output);
        Assert.Matches(@"(?m)^  all\s+3$", output);
        Assert.Equal(0, fixture.Emulator.Counters.RequestCount(EmulatedProvider.Oks, "ListAllClusters"));
        Assert.Equal(SampleProgram.Usage, badCode);
        Assert.Contains("No cluster provider gke", badOutput, StringComparison.Ordinal);
    }
}
