using System.Text.RegularExpressions;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.LakeSailOnboarding;

namespace MultiCloudClusters.Tests.Samples;

public sealed partial class LakeSailOnboardingSampleTests
{
    [Fact]
    public async Task Onboards_a_connection_saves_its_template_syncs_it_and_lists_what_it_offers()
    {
        await using var fixture = await SampleFixture.StartAsync();
        var template = Path.Combine(Path.GetTempPath(), $"lakesail-{Guid.NewGuid():N}.yaml");
        try
        {
            var (code, output) = await fixture.RunAsync(LakeSailOnboardingJob.RunAsync, "acme-prod", "--account-id", "210987654321", "--template-out", template, "--instance-types", "2");

            Assert.True(code == SampleProgram.Succeeded, output);
            var id = ConnectionId().Match(output).Groups[1].Value;
            var connection = await fixture.Host.Connections.GetConnectionAsync(id);
            Assert.Equal("acme-prod", connection.Name);
            Assert.Equal("active", connection.Status);
            Assert.Equal("210987654321", connection.Account.AccountId);
            Assert.Equal("arn:aws:iam::210987654321:role/LakeSailConnection", connection.Account.RoleArn);

            var yaml = await File.ReadAllTextAsync(template);
            Assert.StartsWith("AWSTemplateFormatVersion", yaml, StringComparison.Ordinal);
            Assert.Contains($"Default: {id}", yaml, StringComparison.Ordinal);
            Assert.Contains($"saved        {template} ({new FileInfo(template).Length} bytes)", output, StringComparison.Ordinal);

            // The external id guards the account: it is in the saved template, not on the screen.
            Assert.Contains($"ext-{id}", yaml, StringComparison.Ordinal);
            Assert.DoesNotContain($"ext-{id}", output, StringComparison.Ordinal);

            Assert.Contains("> Verified: acme-prod", output, StringComparison.Ordinal);
            Assert.Matches(@"operation op-\S+ Succeeded", output);
            Assert.Contains("eu-central-1", output, StringComparison.Ordinal);
            Assert.Contains("Instance types (2 shown, at most 2)", output, StringComparison.Ordinal);
            Assert.Contains("reserved for the system: 80 mCPU and 3 pods per node, 500 mCPU and 4 pods per cluster", output, StringComparison.Ordinal);

            var counters = fixture.Emulator.Counters;
            Assert.Equal(1, counters.CreatesApplied(EmulatedProvider.LakeSail, "CreateConnection"));
            Assert.Equal(1, counters.CreatesApplied(EmulatedProvider.LakeSail, "SyncConnectionTemplate"));
            Assert.Equal(1, counters.RequestCount(EmulatedProvider.LakeSail, "VerifyConnection"));
            Assert.Equal(1, counters.RequestCount(EmulatedProvider.LakeSail, "DownloadConnectionTemplate"));
        }
        finally
        {
            File.Delete(template);
        }
    }

    [Fact]
    public async Task Stops_with_a_readable_error_when_verification_is_refused_and_syncs_nothing()
    {
        await using var fixture = await SampleFixture.StartAsync();
        fixture.Emulator.Faults.Add(new FaultRule { Provider = EmulatedProvider.LakeSail, Operation = "VerifyConnection", Kind = FaultKind.InternalServerError });
        var template = Path.Combine(Path.GetTempPath(), $"lakesail-{Guid.NewGuid():N}.yaml");
        try
        {
            var (code, output) = await fixture.RunAsync(LakeSailOnboardingJob.RunAsync, "--template-out", template);

            Assert.Equal(SampleProgram.Failed, code);
            Assert.StartsWith("error: ", output.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
            Assert.Equal(0, fixture.Emulator.Counters.RequestCount(EmulatedProvider.LakeSail, "SyncConnectionTemplate"));
            Assert.True(File.Exists(template));
        }
        finally
        {
            File.Delete(template);
        }
    }

    [GeneratedRegex(@"> Created: \S+ \((\S+)\)")]
    private static partial Regex ConnectionId();
}
