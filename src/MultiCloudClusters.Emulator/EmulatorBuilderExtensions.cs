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
    /// <summary>
    /// Registers every provider (or those <paramref name="include"/> accepts, by key) with the emulator's
    /// URLs and credentials, ignoring the machine's own CLI or AWS configuration.
    /// </summary>
    public static MultiCloudClustersBuilder UseEmulator(this MultiCloudClustersBuilder builder, MultiCloudEmulator emulator, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        include ??= _ => true;
        var emu = emulator;
        (string Key, Action Register)[] providers =
        [
            (OksClusterProvider.ProviderName, () => builder.AddOks(o => (o.Endpoint, o.AccessKey, o.SecretKey, o.UseCliConfiguration) = (emu.Oks.BaseUrl, emu.Oks.AccessKey, emu.Oks.SecretKey, false))),
            (ImplyClusterProvider.ProviderName, () => builder.AddImply(o => (o.Endpoint, o.ClientId, o.ClientSecret, o.TokenEndpoint) = (emu.Imply.BaseUrl, emu.Imply.ClientId, emu.Imply.ClientSecret, emu.Imply.TokenEndpoint))),
            (AmeClusterProvider.ProviderName, () => builder.AddAme(o => (o.Endpoint, o.Organisation, o.PersonalAccessToken, o.UseEnvironmentVariables) = (emu.Ame.BaseUrl, emu.Ame.Organisation, emu.Ame.PersonalAccessToken, false))),
            (EksClusterProvider.ProviderName, () => builder.AddEks(o => (o.Endpoint, o.Region, o.AccessKeyId, o.SecretAccessKey, o.UseSdkDefaults) = (emu.Eks.BaseUrl, emu.Eks.Region, emu.Eks.AccessKeyId, emu.Eks.SecretAccessKey, false))),
            (LakeSailConnectionProvider.ProviderName, () => builder.AddLakeSail(o => (o.Endpoint, o.ApiToken, o.UseEnvironment) = (emu.LakeSail.BaseUrl, emu.LakeSail.ApiToken, false))),
        ];
        foreach (var (key, register) in providers.Where(p => include(p.Key)))
        {
            register();
        }

        return builder;
    }
}
