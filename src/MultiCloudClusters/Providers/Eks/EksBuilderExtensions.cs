using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>Registers the Amazon EKS provider.</summary>
public static class EksBuilderExtensions
{
    /// <summary>Adds Amazon EKS as the keyed <see cref="IClusterProvider"/> <c>eks</c> (also as <see cref="EksClusterProvider"/>), configured in code.</summary>
    public static MultiCloudClustersBuilder AddEks(this MultiCloudClustersBuilder builder, Action<EksOptions> configure) =>
        Register(builder, ProviderRegistrar.FromCode(configure));

    /// <summary>Adds Amazon EKS as the keyed <see cref="IClusterProvider"/> <c>eks</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Eks</c>).</summary>
    public static MultiCloudClustersBuilder AddEks(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Register(builder, ProviderRegistrar.FromSection<EksOptions>(section));

    private static MultiCloudClustersBuilder Register(MultiCloudClustersBuilder builder, Action<OptionsBuilder<EksOptions>> configure) =>
        ProviderRegistrar.Add<IClusterProvider, EksClusterProvider, EksOptions>(
            builder,
            EksClusterProvider.ProviderName,
            ProviderKind.Cluster,
            configure,
            (options, time) => EksClusterProvider.Resolve(options, time).Setup,
            context => new EksClusterProvider(context.Http, EksClusterProvider.Resolve(context.Options, context.Time).Region, context.Time, context.Logger, context.Paging));
}
