using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Tests.DependencyInjection;
using Xunit.Abstractions;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>
/// The emulator as a program (<c>multicloud-emulator</c>), run from its build output as <c>dotnet &lt;dll&gt;</c>:
/// signals, help, usage errors, a port in use, and the configuration it prints.
/// </summary>
public sealed class EmulatorToolTests(ITestOutputHelper output)
{
    /// <summary>Catches a hang only; a clean stop takes tens of milliseconds.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    /// <summary>Start-up of a .NET program on a busy 2-core machine, generously.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(ChildProcess.SigTerm, "SIGTERM")]
    [InlineData(ChildProcess.SigInt, "SIGINT")]
    public async Task A_signal_stops_it_cleanly_with_exit_code_0(int signal, string name)
    {
        await using var tool = StartTool("--port", "0");
        var banner = await tool.ReadLinesUntilAsync(l => l.Contains("stops it", StringComparison.Ordinal), StartLimit);
        Assert.Contains(banner, l => l.StartsWith("MultiCloudClusters emulator listening on http://127.0.0.1:", StringComparison.Ordinal));

        var stopping = Stopwatch.StartNew();
        tool.Signal(signal);
        var exitCode = await tool.WaitForExitAsync(HangLimit);
        stopping.Stop();
        output.WriteLine($"{name}: exited {exitCode} after {stopping.ElapsedMilliseconds} ms");

        Assert.Equal(0, exitCode);
        Assert.Contains($"{name} received, stopping.", tool.StandardError, StringComparison.Ordinal);
        Assert.Contains("stopped in", tool.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_usage_and_exits_0_without_starting_a_server(string flag)
    {
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync("dotnet", [ToolPath, flag, "--port", "0"], StartLimit);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("usage: multicloud-emulator [options]", stdout, StringComparison.Ordinal);
        foreach (var option in new[] { "--port N", "--print-config json|env", "--step SECONDS", "--page-size N", "--help" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("listening", stdout + stderr, StringComparison.Ordinal);
        Assert.Equal("", stderr);
    }

    [Theory]
    [InlineData("--bogus", "unknown option '--bogus'")]
    [InlineData("--port", "--port needs a value")]
    [InlineData("--port=http", "--port takes a whole number from 0 to 65535; got 'http'")]
    [InlineData("--print-config=yaml", "--print-config takes json or env; got 'yaml'")]
    public async Task A_bad_argument_prints_the_reason_and_usage_and_exits_2(string argument, string reason)
    {
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync("dotnet", [ToolPath, argument], StartLimit);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith($"multicloud-emulator: {reason}{Environment.NewLine}", stderr, StringComparison.Ordinal);
        Assert.Contains("usage: multicloud-emulator [options]", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_on_stderr_and_exit_code_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync("dotnet", [ToolPath, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], StartLimit);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"multicloud-emulator: port {port} on 127.0.0.1 is already in use; choose another with --port N (0 picks a free one).", line);
    }

    [Fact]
    public async Task The_printed_json_configures_the_library_against_the_running_tool()
    {
        await using var tool = StartTool("--port", "0", "--print-config", "json", "--step", "0");
        var lines = await tool.ReadLinesUntilAsync(l => l == "}", StartLimit);
        var json = string.Join('\n', lines);
        output.WriteLine(json);
        Assert.NotNull(JsonNode.Parse(json)?["MultiCloudClusters"]?["Oks"]?["Endpoint"]);

        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        await using var services = EmulatorEstate.Start(new ServiceCollection().AddMultiCloudClusters(configuration.GetSection("MultiCloudClusters")));
        var catalog = services.GetRequiredService<ClusterCatalog>();

        var entries = new List<InventoryEntry>();
        await foreach (var entry in catalog.ListAllClustersAsync()) entries.Add(entry);
        Assert.DoesNotContain(entries, e => e.IsError);
        Assert.Equal(["ame", "eks", "imply", "oks"], entries.Select(e => e.Registration).Distinct().Order(StringComparer.Ordinal));
        var connections = new List<Connections.CloudConnection>();
        await foreach (var connection in catalog.GetConnectionProvider("lakesail").ListConnectionsAsync()) connections.Add(connection);
        Assert.NotEmpty(connections);

        tool.Signal(ChildProcess.SigTerm);
        Assert.Equal(0, await tool.WaitForExitAsync(HangLimit));

        // The tool saw those calls: nothing was answered by an emulator in this process. Read once it has exited: its
        // console logger writes from a queue of its own, so a request's line may follow the answer by a moment.
        Assert.Contains("/oks/api/v2/clusters", tool.StandardError, StringComparison.Ordinal);
        Assert.Contains("/lakesail/api/v1/", tool.StandardError, StringComparison.Ordinal);
        Assert.Equal(json, tool.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n')); // standard output holds the JSON alone
    }

    [Fact]
    public async Task The_printed_environment_variables_configure_a_sample_against_the_running_tool()
    {
        await using var tool = StartTool("--port", "0", "--print-config", "env");
        var lines = await tool.ReadLinesUntilAsync(l => l.StartsWith('#'), StartLimit);
        var variables = lines.Where(l => !l.StartsWith('#')).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.All(variables.Keys, k => Assert.StartsWith("MultiCloudClusters__", k, StringComparison.Ordinal));
        Assert.Contains("MultiCloudClusters__Eks__SecretAccessKey", variables.Keys);

        // ClusterInventory reads its configuration from appsettings.json and the environment, as any .NET app does;
        // a provider configured there is a "real endpoint" to it, so it starts no emulator of its own.
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ClusterInventory.dll"), "--json"],
            StartLimit,
            start =>
            {
                foreach (var (key, value) in variables) start.Environment[key] = value;
            });
        output.WriteLine(stdout + stderr);

        Assert.Equal(0, exitCode);
        var providers = JsonNode.Parse(stdout)!["providers"]!.AsArray();
        Assert.Equal(["oks", "imply", "ame", "eks"], providers.Select(p => (string)p!["name"]!));
        Assert.All(providers, p =>
        {
            Assert.Equal("real endpoint", (string)p!["target"]!);
            Assert.True((bool)p["ok"]!);
            Assert.True((int)p["clusters"]! > 0);
        });
        Assert.Contains("/ame/api/v1/orgs/", tool.StandardError, StringComparison.Ordinal);
    }

    private static string ToolPath => Path.Combine(AppContext.BaseDirectory, "MultiCloudClusters.Emulator.Tool.dll");

    private static ChildProcess StartTool(params string[] arguments) => ChildProcess.Start("dotnet", [ToolPath, .. arguments]);
}
