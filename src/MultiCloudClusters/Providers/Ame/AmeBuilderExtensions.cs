using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>Registers the Avisi Cloud AME provider.</summary>
public static class AmeBuilderExtensions
{
    /// <summary>Adds Avisi Cloud AME as the keyed <see cref="IClusterProvider"/> <c>ame</c> (also as <see cref="AmeClusterProvider"/>), configured in code.</summary>
    public static MultiCloudClustersBuilder AddAme(this MultiCloudClustersBuilder builder, Action<AmeOptions> configure) =>
        Register(builder, ProviderRegistrar.FromCode(configure));

    /// <summary>Adds Avisi Cloud AME as the keyed <see cref="IClusterProvider"/> <c>ame</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Ame</c>).</summary>
    public static MultiCloudClustersBuilder AddAme(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Register(builder, ProviderRegistrar.FromSection<AmeOptions>(section));

    private static MultiCloudClustersBuilder Register(MultiCloudClustersBuilder builder, Action<OptionsBuilder<AmeOptions>> configure) =>
        ProviderRegistrar.Add<IClusterProvider, AmeClusterProvider, AmeOptions>(
            builder,
            AmeClusterProvider.ProviderName,
            ProviderKind.Cluster,
            configure,
            (options, time) => AmeClusterProvider.Resolve(options, time).Setup,
            context => new AmeClusterProvider(context.Http, AmeClusterProvider.Resolve(context.Options, context.Time).Organisation, context.Time, context.Logger, context.Paging));
}
