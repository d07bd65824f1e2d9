using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace MultiCloudClusters.Tests.Package;

/// <summary>
/// Proves the packages work as users consume them: pack the library, the Kubernetes bridge, the Testing package and the tool in one go,
/// build a throwaway project from the .nupkg files alone (a local folder is its only package source; every
/// dependency comes from the machine's NuGet cache, so it runs offline) that runs the README's xunit fixture,
/// and install the tool from its package.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageConsumptionTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Catches a hung build only: packing and building take a minute or two on a busy machine.</summary>
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(10);

    private static readonly string[] PackageIds = ["MultiCloudClusters", "MultiCloudClusters.Kubernetes", "MultiCloudClusters.Testing", "MultiCloudClusters.Emulator.Tool"];

    private readonly string work = Directory.CreateTempSubdirectory("mcc-package-").FullName;
    private readonly string version = $"0.0.0-check.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

    [Fact]
    public async Task The_packed_packages_run_the_readme_fixture_and_install_the_tool()
    {
        var root = RepositoryRoot();
        var feed = Directory.CreateDirectory(Path.Combine(work, "feed")).FullName;
        var clock = Stopwatch.StartNew();

        // One MSBuild run packs all four (a throwaway solution lists them), so the shared library is built once.
        var solution = Path.Combine(work, "pack.slnx");
        await File.WriteAllTextAsync(solution, new XElement("Solution", PackageIds.Select(id =>
            new XElement("Project", new XAttribute("Path", ProjectPath(root, id))))).ToString());
        var pack = await DotnetAsync(["pack", solution, "-c", "Release", "-o", feed, $"-p:Version={version}", "-nodeReuse:false", "-p:UseSharedCompilation=false"], work);
        Assert.True(pack.ExitCode == 0, pack.Output);
        output.WriteLine($"pack: {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var id in PackageIds)
        {
            Assert.True(File.Exists(Path.Combine(feed, $"{id}.{version}.nupkg")), $"no {id} package\n{pack.Output}");
            Assert.True(File.Exists(Path.Combine(feed, $"{id}.{version}.snupkg")), $"no {id} symbols package");
        }

        AssertPackage(feed, "MultiCloudClusters");
        AssertPackage(feed, "MultiCloudClusters.Kubernetes");
        AssertTestingPackage(feed);
        AssertToolPackage(feed);

        // The only package source is the folder just packed.
        var nugetConfig = Path.Combine(work, "nuget.config");
        await File.WriteAllTextAsync(nugetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        clock.Restart();
        var app = await WriteConsumerAsync(root);
        var kubeconfigFile = Path.Combine(work, "kube", "config");
        var run = await DotnetAsync(["run", "--project", app, "--", kubeconfigFile], app);
        output.WriteLine($"consumer build and run: {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(run.Output);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("README fixture: 2 tests passed", run.Output, StringComparison.Ordinal);
        foreach (var registration in new[] { "oks", "oks-staging", "imply", "ame", "eks" })
        {
            Assert.Contains($"cluster {registration} ", run.Output, StringComparison.Ordinal);
        }

        Assert.Matches(@"cluster oks alpha Running", run.Output);
        Assert.Contains("node default-0", run.Output, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kubeconfigFile));
        }

        clock.Restart();
        var tools = Path.Combine(work, "tools");
        var install = await DotnetAsync(["tool", "install", "MultiCloudClusters.Emulator.Tool", "--version", version, "--tool-path", tools, "--configfile", nugetConfig], work);
        Assert.True(install.ExitCode == 0, install.Output);
        var help = await ChildProcess.RunAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "multicloud-emulator.exe" : "multicloud-emulator"), ["--help"], BuildLimit);
        output.WriteLine($"tool install and --help: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(0, help.ExitCode);
        Assert.StartsWith("usage: multicloud-emulator [options]", help.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(work, recursive: true);

            // Restoring the consumer extracted this run's packages into the machine's cache; nothing else will use them.
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var id in PackageIds)
            {
                var extracted = Path.Combine(cache, id.ToLowerInvariant(), version);
                if (Directory.Exists(extracted)) Directory.Delete(extracted, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>What every package carries (the README, the MIT licence, no build-only analyzer), and a library's
    /// assembly with its XML docs; returns the manifest.</summary>
    private string AssertPackage(string feed, string id, bool library = true)
    {
        var (entries, manifest) = ReadPackage(feed, id);
        Assert.Contains("README.md", entries);
        Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("NSwag", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("PublicApiAnalyzers", manifest, StringComparison.Ordinal);
        if (library)
        {
            Assert.Contains($"lib/net10.0/{id}.dll", entries);
            Assert.Contains($"lib/net10.0/{id}.xml", entries);
        }

        return manifest;
    }

    private void AssertTestingPackage(string feed)
    {
        var manifest = AssertPackage(feed, "MultiCloudClusters.Testing");
        Assert.Contains($"<dependency id=\"MultiCloudClusters\" version=\"{version}\"", manifest, StringComparison.Ordinal);
        Assert.Contains("<frameworkReference name=\"Microsoft.AspNetCore.App\" />", manifest, StringComparison.Ordinal);
    }

    private void AssertToolPackage(string feed)
    {
        var manifest = AssertPackage(feed, "MultiCloudClusters.Emulator.Tool", library: false);
        var (entries, _) = ReadPackage(feed, "MultiCloudClusters.Emulator.Tool");
        Assert.Contains("tools/net10.0/any/MultiCloudClusters.Emulator.Tool.dll", entries);
        Assert.Contains("tools/net10.0/any/MultiCloudClusters.Testing.dll", entries);
        Assert.Contains("<packageType name=\"DotnetTool\" />", manifest, StringComparison.Ordinal);
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"MultiCloudClusters.Emulator.Tool.{version}.nupkg"));
        using var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal("multicloud-emulator", (string?)command.Attribute("Name"));
        Assert.Equal("MultiCloudClusters.Emulator.Tool.dll", (string?)command.Attribute("EntryPoint"));
    }

    private (List<string> Entries, string Manifest) ReadPackage(string feed, string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"{id}.{version}.nupkg"));
        using var nuspec = new StreamReader(package.GetEntry($"{id}.nuspec")!.Open());
        return ([.. package.Entries.Select(e => e.FullName)], nuspec.ReadToEnd());
    }

    /// <summary>A console app referencing the Testing and Kubernetes packages and xunit that runs the README's fixture block as it stands, then lists an OKS cluster's nodes through the bridge.</summary>
    private async Task<string> WriteConsumerAsync(string root)
    {
        var app = Directory.CreateDirectory(Path.Combine(work, "app")).FullName;
        var xunit = XDocument.Load(Path.Combine(root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == "xunit").Attribute("Version")!.Value;
        await File.WriteAllTextAsync(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MultiCloudClusters.Testing" Version="{version}" />
                <PackageReference Include="MultiCloudClusters.Kubernetes" Version="{version}" />
                <PackageReference Include="xunit" Version="{xunit}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "CloudFixture.cs"), ReadmeFixture(root));
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using MultiCloudClusters.Clusters;
            using MultiCloudClusters.Kubernetes;
            using MultiCloudClusters.Providers.Oks;
            using k8s;

            // Runs the README's tests the way xunit would: one fixture for the class, each test on it.
            var cloud = new CloudFixture();
            await cloud.InitializeAsync();
            try
            {
                var tests = new InventoryTests(cloud);
                await tests.Every_provider_lists_its_clusters();
                await tests.A_throttled_list_is_retried();
                await foreach (var entry in cloud.Services.GetRequiredService<ClusterCatalog>().ListAllClustersAsync())
                {
                    Console.WriteLine($"cluster {entry.Registration} {entry.Cluster?.Name} {entry.Cluster?.Status}");
                }

                Console.WriteLine("README fixture: 2 tests passed");

                // The bridge: an OKS kubeconfig merged into a kubeconfig file, then the cluster's nodes through
                // KubernetesClient reading that file.
                var oks = cloud.Services.GetRequiredService<OksClusterProvider>();
                var alpha = await oks.ListClustersAsync().FirstAsync(c => c.Name == "alpha");
                var merged = await (await oks.GetKubeconfigAsync(alpha.Id)).MergeIntoFileAsync(args[0]);
                using var kubernetes = new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(merged.Path));
                foreach (var node in (await kubernetes.CoreV1.ListNodeAsync()).Items)
                {
                    Console.WriteLine($"node {node.Metadata.Name}");
                }
            }
            finally
            {
                await cloud.DisposeAsync();
            }
            """);
        return app;
    }

    /// <summary>The C# block that follows the README's package-test marker.</summary>
    private static string ReadmeFixture(string root)
    {
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var marker = readme.IndexOf("<!-- The package test compiles and runs this block", StringComparison.Ordinal);
        Assert.True(marker >= 0, "README.md has lost the marker of the Testing package's fixture block");
        var start = readme.IndexOf("```csharp\n", marker, StringComparison.Ordinal) + "```csharp\n".Length;
        var end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return readme[start..end] + "\n";
    }

    private static string ProjectPath(string root, string id) => Path.Combine(root, "src", id, id + ".csproj");

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

    private static async Task<(int ExitCode, string Output)> DotnetAsync(IEnumerable<string> arguments, string workingDirectory)
    {
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync("dotnet", arguments, BuildLimit, start =>
        {
            start.WorkingDirectory = workingDirectory;

            // The test host's MSBuild settings must not leak into the child build, and no build server may outlive it.
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["UseSharedCompilation"] = "false";
        });
        return (exitCode, stdout + stderr);
    }
}
