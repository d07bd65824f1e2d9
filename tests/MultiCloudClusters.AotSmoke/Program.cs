using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.AotSmoke;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.AotSmoke.CheckRunner;

// The library as an application uses it, published as Native AOT or trimmed (see run.sh): every provider registered
// through dependency injection (options bound from configuration by the generated binder, and one in code) and built
// with its constructor, then asked to list, get, create, wait and fetch kubeconfigs on the emulator the environment
// names (MultiCloudClusters__<Provider>__Endpoint and the credentials); then the same against the Testing package's
// emulator hosted in this process (InProcessChecks). One line per check; exit 0 only when all pass.
var output = Console.Out;
var mode = RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "Native AOT (no dynamic code)";
output.WriteLine($"MultiCloudClusters AOT smoke test: {mode}");
var checks = new CheckRunner(output);
var settings = SmokeSettings.FromEnvironment();
var run = $"aot{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";

await checks.RunAsync("configuration: every provider has an endpoint", () =>
{
    var missing = settings.MissingEndpoints().ToList();
    Expect(missing.Count == 0, $"no endpoint for {string.Join(", ", missing)}: set MultiCloudClusters__<Provider>__Endpoint");
    return Task.FromResult(string.Join(", ", SmokeSettings.Providers.Select(p => $"{p} {settings.Section[$"{p}:Endpoint"]}")));
});

// Through dependency injection: the five providers from the configuration section, and a second OKS account in code.
var services = new ServiceCollection();
services.AddMultiCloudClusters(b => b.AddFromConfiguration(settings.Section).AddOks("oks-code", settings.Fill));
await using (var container = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }))
{
    var catalog = await CatalogChecks.ResolveAsync(checks, "di", container, "oks-code");
    if (catalog is null)
    {
        checks.NotRun("di: every provider", $"di: {CatalogChecks.ResolveCheck}");
    }
    else
    {
        await checks.RunAsync("di: options bound from configuration", () =>
        {
            var oks = container.GetRequiredService<IOptionsMonitor<OksOptions>>().Get(OksClusterProvider.ProviderName);
            Expect(oks.Endpoint?.ToString() == settings.Section["Oks:Endpoint"] && oks.AccessKey == settings.Section["Oks:AccessKey"], "OksOptions do not hold the section's Endpoint and AccessKey");
            Expect(!oks.UseCliConfiguration, "UseCliConfiguration=false was not bound");
            return Task.FromResult($"oks: Endpoint {oks.Endpoint}, AccessKey set, UseCliConfiguration {oks.UseCliConfiguration}, MaxRetryAttempts {oks.Resilience.MaxRetryAttempts}");
        });

        await CatalogChecks.ListEveryRegistrationAsync(checks, "di", catalog);

        await checks.RunAsync("di: OksClusterProvider without a key is the 'oks' registration", () =>
        {
            var unkeyed = container.GetRequiredService<OksClusterProvider>();
            Expect(ReferenceEquals(unkeyed, container.GetRequiredKeyedService<IClusterProvider>(OksClusterProvider.ProviderName)), "another instance");
            return Task.FromResult($"registration {unkeyed.Registration}");
        });

        foreach (var name in catalog.ClusterProviderNames.Where(n => n != "oks-code"))
        {
            await ClusterChecks.RunAsync(checks, "di", catalog.GetClusterProvider(name), $"{run}-di-{name}");
        }

        await ConnectionChecks.RunAsync(checks, "di", container.GetRequiredKeyedService<IConnectionProvider>(LakeSailConnectionProvider.ProviderName), $"{run}-di");
    }
}

// Through the public constructors, without a container.
var constructed = await checks.RunAsync("ctor: build the five providers", () =>
{
    var providers = settings.Construct();
    return Task.FromResult((providers, string.Join(", ", providers.Clusters.Select(p => p.Name).Append(providers.Connections.Name))));
});
if (constructed.Clusters is null)
{
    checks.NotRun("ctor: every provider", "ctor: build the five providers");
}
else
{
    foreach (var provider in constructed.Clusters)
    {
        await ClusterChecks.RunAsync(checks, "ctor", provider, $"{run}-ctor-{provider.Name}");
    }

    await ConnectionChecks.RunAsync(checks, "ctor", constructed.Connections, $"{run}-ctor");
}

// The Testing package's emulator in this process, and the library against it.
await InProcessChecks.RunAsync(checks, run);

// Worded unlike the "N passed, N failed" line that closes .ci/run, which counts the PASS and FAIL lines above.
output.WriteLine(checks.Failed == 0 ? $"All {checks.Passed} checks passed." : $"{checks.Failed} of {checks.Passed + checks.Failed} checks failed.");
return checks.Failed == 0 && checks.Passed > 0 ? 0 : 1;
