using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>
/// How the library reaches an emulator, provider by provider: the configuration keys and values of its options
/// (endpoint, the emulator's credentials, and the machine's own CLI, SDK and environment settings turned off).
/// <see cref="EmulatorBuilderExtensions"/> registers accounts by binding these values, and
/// <see cref="MultiCloudEmulator.GetConfigurationValues"/> hands the same values out, so code, configuration
/// files and environment variables all describe the emulator one way.
/// </summary>
internal static class EmulatorAccounts
{
    /// <summary>Every provider the emulator serves, in display order.</summary>
    public static IReadOnlyList<Account> All { get; } =
    [
        new(OksClusterProvider.ProviderName, OksOptions.SectionName, OksBuilderExtensions.AddOks, emu =>
            [Setting("Endpoint", emu.Oks.BaseUrl), Setting("AccessKey", emu.Oks.AccessKey), Setting("SecretKey", emu.Oks.SecretKey), Setting("UseCliConfiguration", false)]),
        new(ImplyClusterProvider.ProviderName, ImplyOptions.SectionName, ImplyBuilderExtensions.AddImply, emu =>
            [Setting("Endpoint", emu.Imply.BaseUrl), Setting("ClientId", emu.Imply.ClientId), Setting("ClientSecret", emu.Imply.ClientSecret), Setting("TokenEndpoint", emu.Imply.TokenEndpoint)]),
        new(AmeClusterProvider.ProviderName, AmeOptions.SectionName, AmeBuilderExtensions.AddAme, emu =>
            [Setting("Endpoint", emu.Ame.BaseUrl), Setting("Organisation", emu.Ame.Organisation), Setting("PersonalAccessToken", emu.Ame.PersonalAccessToken), Setting("UseEnvironmentVariables", false)]),
        new(EksClusterProvider.ProviderName, EksOptions.SectionName, EksBuilderExtensions.AddEks, emu =>
            [Setting("Endpoint", emu.Eks.BaseUrl), Setting("Region", emu.Eks.Region), Setting("AccessKeyId", emu.Eks.AccessKeyId), Setting("SecretAccessKey", emu.Eks.SecretAccessKey), Setting("UseSdkDefaults", false)]),
        new(LakeSailConnectionProvider.ProviderName, LakeSailOptions.SectionName, LakeSailBuilderExtensions.AddLakeSail, emu =>
            [Setting("Endpoint", emu.LakeSail.BaseUrl), Setting("ApiToken", emu.LakeSail.ApiToken), Setting("UseEnvironment", false)]),
    ];

    /// <summary>The provider keys, for messages.</summary>
    public static string Keys => string.Join(", ", All.Select(a => a.Key));

    /// <summary>The provider whose key (<c>oks</c>, …) is <paramref name="key"/>, or null.</summary>
    public static Account? Find(string? key) => All.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase));

    private static KeyValuePair<string, string> Setting(string key, Uri value) => new(key, value.AbsoluteUri);

    private static KeyValuePair<string, string> Setting(string key, string value) => new(key, value);

    private static KeyValuePair<string, string> Setting(string key, bool value) => new(key, value ? "true" : "false");

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
        public MultiCloudClustersBuilder Register(MultiCloudClustersBuilder builder, MultiCloudEmulator emulator, string name)
        {
            var section = new ConfigurationBuilder()
                .AddInMemoryCollection(Settings(emulator).Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
                .Build();
            return Add(builder, name, section);
        }
    }
}
