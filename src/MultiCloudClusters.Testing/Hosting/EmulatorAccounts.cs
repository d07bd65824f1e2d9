using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>
/// How the library reaches an emulator, provider by provider. Each endpoint describes its provider's options as
/// configuration keys and values (its URL and credentials, the machine's own CLI, SDK and environment settings
/// turned off); everything else binds those values: options for a constructor (<c>CreateOptions</c>), registrations
/// (<see cref="EmulatorBuilderExtensions"/>) and the configuration handed out (<see cref="MultiCloudEmulator.GetConfigurationValues"/>,
/// printed by the tool). So code, configuration files and environment variables describe the emulator one way.
/// </summary>
internal static class EmulatorAccounts
{
    /// <summary>Every provider the emulator serves, in display order.</summary>
    public static IReadOnlyList<Account> All { get; } =
    [
        new(OksClusterProvider.ProviderName, OksOptions.SectionName, OksBuilderExtensions.AddOks, emu => emu.Oks.Settings()),
        new(ImplyClusterProvider.ProviderName, ImplyOptions.SectionName, ImplyBuilderExtensions.AddImply, emu => emu.Imply.Settings()),
        new(AmeClusterProvider.ProviderName, AmeOptions.SectionName, AmeBuilderExtensions.AddAme, emu => emu.Ame.Settings()),
        new(EksClusterProvider.ProviderName, EksOptions.SectionName, EksBuilderExtensions.AddEks, emu => emu.Eks.Settings()),
        new(LakeSailConnectionProvider.ProviderName, LakeSailOptions.SectionName, LakeSailBuilderExtensions.AddLakeSail, emu => emu.LakeSail.Settings()),
    ];

    /// <summary>The provider keys, for messages.</summary>
    public static string Keys => string.Join(", ", All.Select(a => a.Key));

    /// <summary>The provider whose key (<c>oks</c>, …) is <paramref name="key"/>, or null.</summary>
    public static Account? Find(string? key) => All.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>A setting whose value is a URL.</summary>
    public static KeyValuePair<string, string> Setting(string key, Uri value) => new(key, value.AbsoluteUri);

    /// <summary>A setting whose value is text.</summary>
    public static KeyValuePair<string, string> Setting(string key, string value) => new(key, value);

    /// <summary>A switch, written as configuration writes booleans.</summary>
    public static KeyValuePair<string, string> Setting(string key, bool value) => new(key, value ? "true" : "false");

    /// <summary>
    /// The settings as a configuration section (keys relative to it). An endpoint's <c>CreateOptions</c> binds them
    /// with <c>Get&lt;TOptions&gt;()</c> on its own options type, which the configuration-binding generator compiles.
    /// </summary>
    public static IConfiguration Section(IEnumerable<KeyValuePair<string, string>> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    /// <summary>One provider: its key, its per-provider section (<c>MultiCloudClusters:Oks</c>), how to register it from a section, and its settings on an emulator.</summary>
    internal sealed record Account(
        string Key,
        string SectionName,
        Func<MultiCloudClustersBuilder, string, IConfiguration, MultiCloudClustersBuilder> Add,
        Func<MultiCloudEmulator, KeyValuePair<string, string>[]> Settings)
    {
        /// <summary>The name of the per-provider section inside the library's root section, e.g. <c>Oks</c>.</summary>
        public string ConfigurationKey => SectionName[(SectionName.LastIndexOf(':') + 1)..];

        /// <summary>Registers this provider under <paramref name="name"/>, bound to the emulator's settings.</summary>
        public MultiCloudClustersBuilder Register(MultiCloudClustersBuilder builder, MultiCloudEmulator emulator, string name) =>
            Add(builder, name, Section(Settings(emulator)));
    }
}
