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
        if (include(OksClusterProvider.ProviderName))
        {
            builder.AddOks(o =>
            {
                o.Endpoint = emulator.Oks.BaseUrl;
                o.AccessKey = emulator.Oks.AccessKey;
                o.SecretKey = emulator.Oks.SecretKey;
                o.UseCliConfiguration = false;
            });
        }

        if (include(ImplyClusterProvider.ProviderName))
        {
            builder.AddImply(o =>
            {
                o.Endpoint = emulator.Imply.BaseUrl;
                o.ClientId = emulator.Imply.ClientId;
                o.ClientSecret = emulator.Imply.ClientSecret;
                o.TokenEndpoint = emulator.Imply.TokenEndpoint;
            });
        }

        if (include(AmeClusterProvider.ProviderName))
        {
            builder.AddAme(o =>
            {
                o.Endpoint = emulator.Ame.BaseUrl;
                o.Organisation = emulator.Ame.Organisation;
                o.PersonalAccessToken = emulator.Ame.PersonalAccessToken;
                o.UseEnvironmentVariables = false;
            });
        }

        if (include(EksClusterProvider.ProviderName))
        {
            builder.AddEks(o =>
            {
                o.Endpoint = emulator.Eks.BaseUrl;
                o.Region = emulator.Eks.Region;
                o.AccessKeyId = emulator.Eks.AccessKeyId;
                o.SecretAccessKey = emulator.Eks.SecretAccessKey;
                o.UseSdkDefaults = false;
            });
        }

        if (include(LakeSailConnectionProvider.ProviderName))
        {
            builder.AddLakeSail(o =>
            {
                o.Endpoint = emulator.LakeSail.BaseUrl;
                o.ApiToken = emulator.LakeSail.ApiToken;
                o.UseEnvironment = false;
            });
        }

        return builder;
    }
}
