using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>Registers the Avisi Cloud AME provider.</summary>
public static class AmeBuilderExtensions
{
    /// <summary>Adds AME as the keyed <see cref="IClusterProvider"/> <c>ame</c> (and <see cref="AmeClusterProvider"/>), configured in code.</summary>
    public static MultiCloudClustersBuilder AddAme(this MultiCloudClustersBuilder builder, Action<AmeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Add(builder, options => options.Configure(configure));
    }

    /// <summary>Adds AME as the keyed <see cref="IClusterProvider"/> <c>ame</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Ame</c>).</summary>
    public static MultiCloudClustersBuilder AddAme(this MultiCloudClustersBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        return Add(builder, options => options.Bind(section));
    }

    private static MultiCloudClustersBuilder Add(MultiCloudClustersBuilder builder, Action<OptionsBuilder<AmeOptions>> configure)
    {
        builder.Services.AddKeyedSingleton<AmeClusterProvider>(AmeClusterProvider.ProviderName, (sp, key) => (AmeClusterProvider)sp.GetRequiredKeyedService<IClusterProvider>(key));
        return ProviderRegistrar.Add<IClusterProvider, AmeOptions>(
            builder,
            AmeClusterProvider.ProviderName,
            ProviderKind.Cluster,
            configure,
            (options, time) => AmeClusterProvider.Resolve(options, time).Setup,
            (sp, options, http) => new AmeClusterProvider(
                http,
                AmeClusterProvider.Resolve(options, sp.GetRequiredService<TimeProvider>()).Organisation,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger("MultiCloudClusters." + AmeClusterProvider.ProviderName)));
    }
}
