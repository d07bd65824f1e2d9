using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Samples;

/// <summary>
/// What every sample starts with: each provider configured in <c>appsettings.json</c> or environment
/// variables (<c>MultiCloudClusters__Oks__AccessKey</c>, …) talks to its real endpoint; every other
/// provider talks to the built-in emulator, started in-process only when needed.
/// </summary>
public sealed class SampleHost : IAsyncDisposable
{
    /// <summary>The provider keys, in display order.</summary>
    public static readonly string[] ProviderNames = ["oks", "imply", "ame", "eks", "lakesail"];

    private readonly ServiceProvider _services;
    private readonly bool _ownsEmulator;

    private SampleHost(ServiceProvider services, IConfiguration configuration, MultiCloudEmulator? emulator, IReadOnlyCollection<string> real, bool ownsEmulator = true)
    {
        _services = services;
        _ownsEmulator = ownsEmulator;
        Configuration = configuration;
        Emulator = emulator;
        RealProviders = real;
    }

    /// <summary>The samples' configuration (<c>appsettings.json</c>, then environment variables).</summary>
    public IConfiguration Configuration { get; }

    /// <summary>A <c>Samples:</c> setting, or <paramref name="fallback"/> when unset.</summary>
    public string Setting(string key, string fallback) =>
        Configuration[$"Samples:{key}"] is { Length: > 0 } value ? value : fallback;

    /// <summary>The in-process emulator, when any provider uses it.</summary>
    public MultiCloudEmulator? Emulator { get; }

    /// <summary>The registrations configured against real endpoints: provider keys (per-provider sections) and <c>Accounts</c> names.</summary>
    public IReadOnlyCollection<string> RealProviders { get; }

    /// <summary>Every registered provider.</summary>
    public ClusterCatalog Catalog => _services.GetRequiredService<ClusterCatalog>();

    /// <summary>The services, for anything else a sample needs.</summary>
    public IServiceProvider Services => _services;

    /// <summary>A registered cluster provider by its concrete type and key.</summary>
    public T Cluster<T>(string key) where T : class, IClusterProvider => _services.GetRequiredKeyedService<T>(key);

    /// <summary>The LakeSail connection provider.</summary>
    public IConnectionProvider Connections => _services.GetRequiredKeyedService<IConnectionProvider>(LakeSailConnectionProvider.ProviderName);

    /// <summary>Where a registration (a provider key or an account name) runs: its real endpoint or the emulator.</summary>
    public string Target(string registration) => RealProviders.Contains(registration) ? "real endpoint" : "emulator";

    /// <summary>
    /// Reads configuration, starts the emulator if needed and registers all five providers: the per-provider
    /// sections and the named <c>Accounts</c> of <c>MultiCloudClusters</c> against their real endpoints, every
    /// provider without a section on the emulator, plus <paramref name="emulatorAccounts"/> (more named accounts,
    /// each of a provider that runs on the emulator).
    /// </summary>
    public static async Task<SampleHost> StartAsync(string[] args, EmulatorOptions? emulatorOptions = null, IReadOnlyList<(string Provider, string Name)>? emulatorAccounts = null, CancellationToken cancellationToken = default)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var root = configuration.GetSection("MultiCloudClusters");
        var real = ProviderNames.Where(name => SectionFor(root, name).GetChildren().Any()).ToList();
        var accounts = root.GetSection(MultiCloudClustersBuilder.AccountsKey).GetChildren().Select(a => a.Key).ToList();

        MultiCloudEmulator? emulator = null;
        if (real.Count < ProviderNames.Length)
        {
            emulator = await MultiCloudEmulator.StartAsync(emulatorOptions ?? new EmulatorOptions { TransitionDuration = TimeSpan.FromMilliseconds(800) }, cancellationToken).ConfigureAwait(false);
        }

        var services = new ServiceCollection();
        services.AddMultiCloudClusters(builder =>
        {
            builder.AddFromConfiguration(root);
            if (emulator is not null)
            {
                builder.UseEmulator(emulator, name => !real.Contains(name));
                AddEmulatorAccounts(builder, emulator, emulatorAccounts, real);
            }
        });
        return new SampleHost(Build(services), configuration, emulator, [.. real, .. accounts]);
    }

    /// <summary>
    /// A host whose five providers all talk to <paramref name="emulator"/>, which the caller keeps and disposes:
    /// how tests run a sample's job in-process. Configuration files and environment variables are not read,
    /// so a developer's real credentials can never leak into a test run.
    /// </summary>
    /// <param name="emulator">The running emulator.</param>
    /// <param name="configure">Further registrations, e.g. <c>Services.ConfigureAll&lt;OksOptions&gt;</c> for faster retries.</param>
    /// <param name="emulatorAccounts">More named accounts on the emulator, e.g. a second OKS account.</param>
    public static SampleHost ForEmulator(MultiCloudEmulator emulator, Action<MultiCloudClustersBuilder>? configure = null, IReadOnlyList<(string Provider, string Name)>? emulatorAccounts = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(builder =>
        {
            builder.UseEmulator(emulator);
            AddEmulatorAccounts(builder, emulator, emulatorAccounts, []);
            configure?.Invoke(builder);
        });
        return new SampleHost(Build(services), new ConfigurationBuilder().Build(), emulator, [], ownsEmulator: false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        if (Emulator is not null && _ownsEmulator)
        {
            await Emulator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static ServiceProvider Build(ServiceCollection services)
    {
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // What a host does at start-up: every provider's options are checked before the first call.
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    private static void AddEmulatorAccounts(MultiCloudClustersBuilder builder, MultiCloudEmulator emulator, IReadOnlyList<(string Provider, string Name)>? accounts, List<string> real)
    {
        foreach (var (provider, name) in (accounts ?? []).Where(a => !real.Contains(a.Provider)))
        {
            builder.AddEmulatorAccount(emulator, provider, name);
        }
    }

    private static IConfigurationSection SectionFor(IConfigurationSection root, string name) =>
        root.GetChildren().FirstOrDefault(c => string.Equals(c.Key, name, StringComparison.OrdinalIgnoreCase)) ?? root.GetSection(name);
}
