using System.Text;
using System.Text.RegularExpressions;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Samples;
using MultiCloudClusters.Samples.OksKubeconfig;

namespace MultiCloudClusters.Tests.Samples;

public sealed partial class OksKubeconfigSampleTests
{
    [Fact]
    public async Task Writes_the_kubeconfig_for_the_named_cluster_user_and_group_to_a_private_file_and_prints_only_path_and_size()
    {
        await using var fixture = await SampleFixture.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"okskc-{Guid.NewGuid():N}", "kubeconfig.yaml");
        try
        {
            var (code, output) = await fixture.RunAsync(OksKubeconfigJob.RunAsync, "bravo", "--user", "alice", "--group", "devs", "--ttl", "2d", "--out", path);

            Assert.True(code == SampleProgram.Succeeded, output);
            var content = await File.ReadAllTextAsync(path);
            Assert.StartsWith("apiVersion: v1", content, StringComparison.Ordinal);
            Assert.Contains("- name: \"bravo\"", content, StringComparison.Ordinal);
            using (var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(ClientCertificate(content)))
            {
                Assert.Equal("alice", certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false));
                Assert.Contains("O=devs", certificate.Subject, StringComparison.Ordinal);
            }

            Assert.Contains($"{path} ({new FileInfo(path).Length} bytes", output, StringComparison.Ordinal);
            Assert.Contains("sealed for a one-time X25519 key (NaCl)", output, StringComparison.Ordinal);
            Assert.Contains("valid for 2 d", output, StringComparison.Ordinal);
            foreach (var line in content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 12))
            {
                Assert.DoesNotContain(line, output, StringComparison.Ordinal);
            }

            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }

            Assert.Equal(1, fixture.Emulator.Counters.RequestCount(EmulatedProvider.Oks, "GetKubeconfigWithPubkeyNACL"));
            Assert.Equal(0, fixture.Emulator.Counters.RequestCount(EmulatedProvider.Oks, "GetKubeconfig"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task Without_arguments_picks_a_running_cluster_and_writes_a_new_temporary_file()
    {
        await using var fixture = await SampleFixture.StartAsync();

        var (code, output) = await fixture.RunAsync(OksKubeconfigJob.RunAsync);

        Assert.True(code == SampleProgram.Succeeded, output);
        var written = WrittenLine().Match(output);
        Assert.True(written.Success, output);
        var path = written.Groups[1].Value;
        try
        {
            Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()), path, StringComparison.Ordinal);
            Assert.Equal(long.Parse(written.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), new FileInfo(path).Length);
            Assert.Contains("valid for 1 h", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--user", "system:admin", "must not start with 'system:' or 'oks:'")]
    [InlineData("--ttl", "90m", "--ttl must be a positive number")]
    [InlineData("--cluster", "no-such-cluster", "No oks cluster has the id or name 'no-such-cluster'")]
    public async Task Refuses_bad_arguments_with_a_readable_error_and_writes_nothing(string option, string value, string message)
    {
        await using var fixture = await SampleFixture.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"okskc-{Guid.NewGuid():N}.yaml");

        var (code, output) = await fixture.RunAsync(OksKubeconfigJob.RunAsync, option, value, "--out", path);

        Assert.NotEqual(SampleProgram.Succeeded, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Equal(0, fixture.Emulator.Counters.RequestCount(EmulatedProvider.Oks, "GetKubeconfigWithPubkeyNACL"));
    }

    private static string ClientCertificate(string kubeconfig) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(CertificateLine().Match(kubeconfig).Groups[1].Value));

    [GeneratedRegex(@"client-certificate-data:\s*(\S+)")]
    private static partial Regex CertificateLine();

    [GeneratedRegex(@"written\s+(\S+) \((\d+) bytes")]
    private static partial Regex WrittenLine();
}
