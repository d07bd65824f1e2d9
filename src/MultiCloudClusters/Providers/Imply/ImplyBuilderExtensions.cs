using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Registers the Imply Cloud Manager provider.</summary>
public static class ImplyBuilderExtensions
{
    /// <summary>Adds Imply as the keyed <see cref="IClusterProvider"/> <c>imply</c> (also as <see cref="ImplyClusterProvider"/>), configured in code.</summary>
    public static MultiCloudClustersBuilder AddImply(this MultiCloudClustersBuilder builder, Action<ImplyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Add(builder, options => options.Configure(configure));
    }

    /// <summary>Adds Imply as the keyed <see cref="IClusterProvider"/> <c>imply</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Imply</c>).</summary>
    public static MultiCloudClustersBuilder AddImply(this MultiCloudClustersBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        return Add(builder, options => options.Bind(section));
    }

    private static MultiCloudClustersBuilder Add(MultiCloudClustersBuilder builder, Action<OptionsBuilder<ImplyOptions>> configure)
    {
        builder.Services.AddKeyedSingleton<ImplyClusterProvider>(ImplyClusterProvider.ProviderName, (sp, key) => (ImplyClusterProvider)sp.GetRequiredKeyedService<IClusterProvider>(key));
        return ProviderRegistrar.Add<IClusterProvider, ImplyOptions>(
            builder,
            ImplyClusterProvider.ProviderName,
            ProviderKind.Cluster,
            configure,
            ImplyClusterProvider.Resolve,
            (sp, _, http) => new ImplyClusterProvider(
                http,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger("MultiCloudClusters." + ImplyClusterProvider.ProviderName)));
    }
}
