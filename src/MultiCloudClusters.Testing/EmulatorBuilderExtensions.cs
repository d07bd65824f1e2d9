using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Emulator;

/// <summary>Points the library's providers at a running emulator.</summary>
public static class EmulatorBuilderExtensions
{
    /// <summary>The provider keys the emulator serves, in display order.</summary>
    private static readonly string[] Providers =
        [OksClusterProvider.ProviderName, ImplyClusterProvider.ProviderName, AmeClusterProvider.ProviderName, EksClusterProvider.ProviderName, LakeSailConnectionProvider.ProviderName];

    /// <summary>
    /// Registers every provider (or those <paramref name="include"/> accepts, by key) under its provider key,
    /// with the emulator's URLs and credentials, ignoring the machine's own CLI or AWS configuration.
    /// </summary>
    public static MultiCloudClustersBuilder UseEmulator(this MultiCloudClustersBuilder builder, MultiCloudEmulator emulator, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        include ??= _ => true;
        foreach (var provider in Providers.Where(include))
        {
            builder.AddEmulatorAccount(emulator, provider, provider);
        }

        return builder;
    }

    /// <summary>
    /// Registers one more account of <paramref name="provider"/> (a key: <c>oks</c>, <c>imply</c>, <c>ame</c>,
    /// <c>eks</c>, <c>lakesail</c>) on the emulator under <paramref name="name"/>, e.g. a second OKS account
    /// <c>AddEmulatorAccount(emu, "oks", "oks-staging")</c>. The emulator has one set of credentials per
    /// provider, so every account of a provider sees the same emulated state.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="provider"/> is not a provider key, or <paramref name="name"/> is not a valid registration name.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddEmulatorAccount(this MultiCloudClustersBuilder builder, MultiCloudEmulator emulator, string provider, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        var emu = emulator;
        return provider switch
        {
            OksClusterProvider.ProviderName => builder.AddOks(name, o => (o.Endpoint, o.AccessKey, o.SecretKey, o.UseCliConfiguration) = (emu.Oks.BaseUrl, emu.Oks.AccessKey, emu.Oks.SecretKey, false)),
            ImplyClusterProvider.ProviderName => builder.AddImply(name, o => (o.Endpoint, o.ClientId, o.ClientSecret, o.TokenEndpoint) = (emu.Imply.BaseUrl, emu.Imply.ClientId, emu.Imply.ClientSecret, emu.Imply.TokenEndpoint)),
            AmeClusterProvider.ProviderName => builder.AddAme(name, o => (o.Endpoint, o.Organisation, o.PersonalAccessToken, o.UseEnvironmentVariables) = (emu.Ame.BaseUrl, emu.Ame.Organisation, emu.Ame.PersonalAccessToken, false)),
            EksClusterProvider.ProviderName => builder.AddEks(name, o => (o.Endpoint, o.Region, o.AccessKeyId, o.SecretAccessKey, o.UseSdkDefaults) = (emu.Eks.BaseUrl, emu.Eks.Region, emu.Eks.AccessKeyId, emu.Eks.SecretAccessKey, false)),
            LakeSailConnectionProvider.ProviderName => builder.AddLakeSail(name, o => (o.Endpoint, o.ApiToken, o.UseEnvironment) = (emu.LakeSail.BaseUrl, emu.LakeSail.ApiToken, false)),
            _ => throw new ArgumentException($"The emulator serves {string.Join(", ", Providers)}; got '{provider}'.", nameof(provider)),
        };
    }
}
