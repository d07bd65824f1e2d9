using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.AotSmoke.CheckRunner;

namespace MultiCloudClusters.AotSmoke;

/// <summary>
/// The Testing package's emulator hosted in this process, as a user's tests host it (<see cref="MultiCloudEmulator.StartAsync"/>:
/// Kestrel, routes bound by generated code, options bound by the generated binder), and the library driven against it:
/// OKS (with a kubeconfig sealed with NaCl) and LakeSail built from the endpoints' <c>CreateOptions</c>, every provider
/// registered with <c>UseEmulator</c>, and an injected fault the library retries.
/// </summary>
internal static class InProcessChecks
{
    private const string Label = "in-process";

    /// <summary>Starts the emulator, runs the checks against it and stops it; <paramref name="run"/> prefixes what is created.</summary>
    public static async Task RunAsync(CheckRunner checks, string run)
    {
        var emulator = await checks.RunAsync($"{Label}: start MultiCloudEmulator", async () =>
        {
            // Short lifecycle steps and pages of two, as run.sh gives the emulator tool.
            var started = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.FromMilliseconds(200), DefaultPageSize = 2 });
            return (started, $"listening at {started.BaseAddress}");
        });
        if (emulator is null)
        {
            checks.NotRun($"{Label}: every check", $"{Label}: start MultiCloudEmulator");
            return;
        }

        await using (emulator)
        {
            var oks = new OksClusterProvider(emulator.Oks.CreateOptions());
            await ClusterChecks.RunAsync(checks, Label, oks, $"{run}-inproc-oks");
            await ConnectionChecks.RunAsync(checks, Label, new LakeSailConnectionProvider(emulator.LakeSail.CreateOptions()), $"{run}-inproc");
            await RetriedFaultAsync(checks, emulator, oks);
            await RegisteredAsync(checks, emulator);
        }
    }

    /// <summary>One 503 injected on OKS GetCluster: the library waits as told and tries again; the counters saw both attempts.</summary>
    private static Task RetriedFaultAsync(CheckRunner checks, MultiCloudEmulator emulator, OksClusterProvider oks) =>
        checks.RunAsync($"{Label}: an injected 503 is retried", async () =>
        {
            var sample = await oks.ListClustersAsync().FirstAsync();
            var before = emulator.Counters.RequestCount(EmulatedProvider.Oks, "GetCluster");
            var rule = emulator.Faults.Add(new FaultRule
            {
                Provider = EmulatedProvider.Oks,
                Operation = "GetCluster",
                Kind = FaultKind.ServiceUnavailable,
                RetryAfter = TimeSpan.FromSeconds(1),
                MaxInjections = 1,
            });
            try
            {
                var got = await oks.GetClusterAsync(sample.Id);
                Expect(got.Id == sample.Id, $"asked for {sample.Id}, got {got.Id}");
            }
            finally
            {
                emulator.Faults.Remove(rule);
            }

            var attempts = emulator.Counters.AttemptsFor(EmulatedProvider.Oks, "GetCluster").Skip(before).Select(a => a.StatusCode).ToList();
            Expect(attempts.SequenceEqual([503, 200]), $"GetCluster attempts answered {string.Join(", ", attempts)}, expected 503 then 200");
            return $"{sample.Name}: 503 (Retry-After 1 s), then 200; {emulator.Counters.Attempts.Count} requests seen in all";
        });

    /// <summary>Every provider registered on the emulator through dependency injection, plus a second OKS account, listed by the catalog.</summary>
    private static async Task RegisteredAsync(CheckRunner checks, MultiCloudEmulator emulator)
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.UseEmulator(emulator).AddEmulatorAccount(emulator, OksClusterProvider.ProviderName, "oks-second"));
        await using var container = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var catalog = await CatalogChecks.ResolveAsync(checks, $"{Label} di", container, "oks-second");
        if (catalog is null)
        {
            checks.NotRun($"{Label} di: the catalog lists every registration", $"{Label} di: {CatalogChecks.ResolveCheck}");
            return;
        }

        await CatalogChecks.ListEveryRegistrationAsync(checks, $"{Label} di", catalog);
    }
}
