using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Registers the Imply Cloud Manager provider.</summary>
public static class ImplyBuilderExtensions
{
    /// <summary>Adds Imply Cloud Manager as the keyed <see cref="IClusterProvider"/> <c>imply</c> (also as <see cref="ImplyClusterProvider"/>), configured in code.</summary>
    public static MultiCloudClustersBuilder AddImply(this MultiCloudClustersBuilder builder, Action<ImplyOptions> configure) =>
        Register(builder, ProviderRegistrar.FromCode(configure));

    /// <summary>Adds Imply Cloud Manager as the keyed <see cref="IClusterProvider"/> <c>imply</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Imply</c>).</summary>
    public static MultiCloudClustersBuilder AddImply(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Register(builder, ProviderRegistrar.FromSection<ImplyOptions>(section));

    private static MultiCloudClustersBuilder Register(MultiCloudClustersBuilder builder, Action<OptionsBuilder<ImplyOptions>> configure) =>
        ProviderRegistrar.Add<IClusterProvider, ImplyClusterProvider, ImplyOptions>(
            builder,
            ImplyClusterProvider.ProviderName,
            ProviderKind.Cluster,
            configure,
            ImplyClusterProvider.Resolve,
            context => new ImplyClusterProvider(context.Http, context.Time, context.Logger, context.Paging));
}
