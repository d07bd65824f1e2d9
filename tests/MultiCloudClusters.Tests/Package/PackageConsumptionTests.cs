using System.Diagnostics;
using MultiCloudClusters.Emulator;

namespace MultiCloudClusters.Tests.Package;

/// <summary>
/// Proves the package works as users consume it: pack the library, build a throwaway console app that
/// references the .nupkg from a local folder, and run it against the emulator.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageConsumptionTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("mcc-package-").FullName;

    [Fact]
    public async Task The_packed_library_registers_and_lists_clusters_from_a_plain_console_app()
    {
        var root = RepositoryRoot();
        var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
        var version = $"0.0.0-check.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

        // The library, and the Kubernetes bridge on it, at the same version.
        var pack = await RunAsync("dotnet", ["pack", Path.Combine(root, "src", "MultiCloudClusters", "MultiCloudClusters.csproj"), "-c", "Release", "-o", feed, $"-p:Version={version}", "-nodeReuse:false", "-p:UseSharedCompilation=false"], root);
        Assert.True(pack.ExitCode == 0, pack.Output);
        var bridge = await RunAsync("dotnet", ["pack", Path.Combine(root, "src", "MultiCloudClusters.Kubernetes", "MultiCloudClusters.Kubernetes.csproj"), "-c", "Release", "-o", feed, $"-p:Version={version}", "-nodeReuse:false", "-p:UseSharedCompilation=false"], root);
        Assert.True(bridge.ExitCode == 0, bridge.Output);
        Assert.True(File.Exists(Path.Combine(feed, $"MultiCloudClusters.Kubernetes.{version}.nupkg")), bridge.Output);
        Assert.True(File.Exists(Path.Combine(feed, $"MultiCloudClusters.{version}.nupkg")), pack.Output);
        Assert.True(File.Exists(Path.Combine(feed, $"MultiCloudClusters.{version}.snupkg")), "no symbols package");
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, $"MultiCloudClusters.{version}.nupkg")))
        {
            var entries = package.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("lib/net10.0/MultiCloudClusters.dll", entries);
            Assert.Contains("lib/net10.0/MultiCloudClusters.xml", entries);
            using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var manifest = await nuspec.ReadToEndAsync();
            Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
            Assert.Contains("<readme>README.md</readme>", manifest, StringComparison.Ordinal);
            Assert.DoesNotContain("NSwag", manifest, StringComparison.Ordinal);
        }


        var app = Directory.CreateDirectory(Path.Combine(_work, "app")).FullName;
        await File.WriteAllTextAsync(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MultiCloudClusters" Version="{version}" />
                <PackageReference Include="MultiCloudClusters.Kubernetes" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using MultiCloudClusters.Clusters;
            using MultiCloudClusters.DependencyInjection;
            using MultiCloudClusters.Kubernetes;
            using MultiCloudClusters.Providers.Oks;
            using k8s;

            var services = new ServiceCollection();
            services.AddMultiCloudClusters(b => b.AddOks(o =>
            {
                o.Endpoint = new Uri(args[0]);
                o.AccessKey = Environment.GetEnvironmentVariable("APP_OKS_ACCESS_KEY");
                o.SecretKey = Environment.GetEnvironmentVariable("APP_OKS_SECRET_KEY");
                o.UseCliConfiguration = false;
            }));
            await using var provider = services.BuildServiceProvider();
            var catalog = provider.GetRequiredService<ClusterCatalog>();
            await foreach (var entry in catalog.ListAllClustersAsync())
            {
                Console.WriteLine(entry.IsError ? $"error {entry.Error!.Message}" : $"cluster {entry.Cluster!.Name} {entry.Cluster.Status}");
            }

            // Into a kubeconfig file, then to the cluster's nodes through KubernetesClient reading that file.
            var oks = provider.GetRequiredService<OksClusterProvider>();
            var alpha = await oks.ListClustersAsync().FirstAsync(c => c.Name == "alpha");
            var merged = await (await oks.GetKubeconfigAsync(alpha.Id)).MergeIntoFileAsync(args[1]);
            using var kubernetes = new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(merged.Path));
            foreach (var node in (await kubernetes.CoreV1.ListNodeAsync()).Items)
            {
                Console.WriteLine($"node {node.Metadata.Name}");
            }
            """);

        await using var emulator = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero });
        var env = new Dictionary<string, string>
        {
            ["APP_OKS_ACCESS_KEY"] = emulator.Oks.AccessKey,
            ["APP_OKS_SECRET_KEY"] = emulator.Oks.SecretKey,
        };
        var kubeconfigFile = Path.Combine(_work, "kube", "config");
        var run = await RunAsync("dotnet", ["run", "--project", app, "--", emulator.Oks.BaseUrl.AbsoluteUri, kubeconfigFile], app, env);
        Assert.True(run.ExitCode == 0, run.Output);
        foreach (var name in new[] { "alpha", "bravo", "charlie" })
        {
            Assert.Contains($"cluster {name} Running", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("node default-0", run.Output, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kubeconfigFile));
        }

        Assert.DoesNotContain("error", run.Output.Split('\n').Where(l => l.StartsWith("cluster", StringComparison.Ordinal) || l.StartsWith("error", StringComparison.Ordinal)), StringComparer.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MultiCloudClusters.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (MultiCloudClusters.sln) was not found above the test assembly.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings must not leak into the child build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        // No build servers left behind by the child builds.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
