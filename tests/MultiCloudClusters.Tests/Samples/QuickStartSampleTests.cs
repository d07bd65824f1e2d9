using MultiCloudClusters.Emulator;
using MultiCloudClusters.Samples.QuickStart;

namespace MultiCloudClusters.Tests.Samples;

public sealed class QuickStartSampleTests
{
    [Fact]
    public async Task Runs_every_step_on_all_five_providers_and_creates_each_resource_once()
    {
        await using var fixture = await SampleFixture.StartAsync(emulatorAccounts: QuickStartJob.EmulatorAccounts);
        using var output = new StringWriter();

        var succeeded = await QuickStartJob.RunAsync(fixture.Host, output, CancellationToken.None);

        var text = output.ToString();
        Assert.True(succeeded, text);
        Assert.Contains("QuickStart finished: every step succeeded.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", text, StringComparison.Ordinal);
        foreach (var provider in new[] { "oks", "imply", "ame", "eks", "lakesail", "oks-second" })
        {
            Assert.Contains($"{provider,-9} -> emulator", text, StringComparison.Ordinal);
        }

        // Two OKS accounts side by side: each lists the same emulated clusters under its own name.
        var accounts = System.Text.RegularExpressions.Regex.Match(text, @"oks: (\d+) clusters, oks-second: (\d+) clusters \(2 accounts");
        Assert.True(accounts.Success, text);
        Assert.Equal(accounts.Groups[1].Value, accounts.Groups[2].Value);
        Assert.Matches(@"(?m)^  oks-second\s+oks\s+", text);

        var counters = fixture.Emulator.Counters;
        Assert.Equal(1, counters.CreatesApplied(EmulatedProvider.Oks, "CreateCluster"));
        Assert.Equal(1, counters.CreatesApplied(EmulatedProvider.Eks, "RegisterCluster"));
        Assert.Equal(1, counters.CreatesApplied(EmulatedProvider.Ame, "CreateNodePool"));
        Assert.Equal(1, counters.CreatesApplied(EmulatedProvider.LakeSail, "CreateConnection"));
        Assert.Equal(1, counters.CreatesApplied(EmulatedProvider.LakeSail, "SyncConnectionTemplate"));
        Assert.Equal(2, counters.RequestCount(EmulatedProvider.Imply, "UpdateCluster")); // stop, then start
        Assert.Equal(1, counters.RequestCount(EmulatedProvider.Oks, "GetKubeconfigWithPubkeyNACL"));
        Assert.Contains("sealed in transit: True", text, StringComparison.Ordinal);
        Assert.Matches(@"through KubernetesClient: (\d+) nodes \(\1 Ready\): default-0, ", text);
        fixture.AssertNoSecrets(text);
    }
}
