using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Resilience;
using MultiCloudClusters.Samples;

namespace MultiCloudClusters.Tests.Samples;

/// <summary>
/// One in-process emulator with short lifecycles and a sample host on it (all five providers, fast retries),
/// and a way to run a sample's job as a shell would, with its output captured.
/// </summary>
internal sealed class SampleFixture : IAsyncDisposable
{
    private SampleFixture(MultiCloudEmulator emulator, SampleHost host)
    {
        Emulator = emulator;
        Host = host;
    }

    public MultiCloudEmulator Emulator { get; }

    public SampleHost Host { get; }

    /// <summary>Every credential of the emulator's endpoints: none may ever appear in a sample's output.</summary>
    public IReadOnlyList<string> EndpointSecrets =>
    [
        Emulator.Oks.SecretKey, Emulator.Oks.Password, Emulator.Imply.ClientSecret, Emulator.Imply.AccessToken,
        Emulator.Ame.PersonalAccessToken, Emulator.Eks.SecretAccessKey, Emulator.LakeSail.ApiToken,
    ];

    /// <summary>Retries quick enough for tests: back-off in tens of milliseconds.</summary>
    public static ResilienceOptions FastRetries(int maxRetryAttempts = 2) => new()
    {
        MaxRetryAttempts = maxRetryAttempts,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(30),
    };

    /// <param name="configure">Emulator settings.</param>
    /// <param name="resilience">Every registration's retries (default: <see cref="FastRetries"/>).</param>
    /// <param name="emulatorAccounts">More named accounts on the emulator, as a sample registers them (e.g. QuickStart's second OKS account).</param>
    public static async Task<SampleFixture> StartAsync(Action<EmulatorOptions>? configure = null, Func<ResilienceOptions>? resilience = null, IReadOnlyList<(string Provider, string Name)>? emulatorAccounts = null)
    {
        var options = new EmulatorOptions { TransitionDuration = TimeSpan.FromMilliseconds(100) };
        configure?.Invoke(options);
        var emulator = await MultiCloudEmulator.StartAsync(options);
        resilience ??= () => FastRetries();
        var host = SampleHost.ForEmulator(emulator, builder =>
        {
            // Each provider gets its own instance: the options objects are not shared.
            builder.Services.ConfigureAll<OksOptions>(o => o.Resilience = resilience());
            builder.Services.ConfigureAll<ImplyOptions>(o => o.Resilience = resilience());
            builder.Services.ConfigureAll<AmeOptions>(o => o.Resilience = resilience());
            builder.Services.ConfigureAll<EksOptions>(o => o.Resilience = resilience());
            builder.Services.ConfigureAll<LakeSailOptions>(o => o.Resilience = resilience());
        }, emulatorAccounts);
        return new SampleFixture(emulator, host);
    }

    /// <summary>Runs a task sample's job with <paramref name="args"/>; returns its exit code and everything it printed.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(SampleJob job, params string[] args)
    {
        using var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var code = await job(Host, output, args, timeout.Token);
        var text = output.ToString();
        AssertNoSecrets(text);
        return (code, text);
    }

    /// <summary>Fails when <paramref name="output"/> holds an endpoint credential or anything from inside a kubeconfig.</summary>
    public void AssertNoSecrets(string output)
    {
        foreach (var secret in EndpointSecrets)
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }

        foreach (var marker in new[] { "BEGIN CERTIFICATE", "PRIVATE KEY", "client-key-data", "client-certificate-data", "certificate-authority-data", "kind: Config" })
        {
            Assert.DoesNotContain(marker, output, StringComparison.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
