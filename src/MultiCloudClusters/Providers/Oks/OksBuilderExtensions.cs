using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Registers the OUTSCALE OKS provider.</summary>
public static class OksBuilderExtensions
{
    /// <summary>Adds OUTSCALE OKS as the keyed <see cref="IClusterProvider"/> <c>oks</c> (also as <see cref="OksClusterProvider"/>), configured in code.</summary>
    public static MultiCloudClustersBuilder AddOks(this MultiCloudClustersBuilder builder, Action<OksOptions> configure) =>
        Register(builder, ProviderRegistrar.FromCode(configure));

    /// <summary>Adds OUTSCALE OKS as the keyed <see cref="IClusterProvider"/> <c>oks</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Oks</c>).</summary>
    public static MultiCloudClustersBuilder AddOks(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Register(builder, ProviderRegistrar.FromSection<OksOptions>(section));

    private static MultiCloudClustersBuilder Register(MultiCloudClustersBuilder builder, Action<OptionsBuilder<OksOptions>> configure) =>
        ProviderRegistrar.Add<IClusterProvider, OksClusterProvider, OksOptions>(
            builder,
            OksClusterProvider.ProviderName,
            ProviderKind.Cluster,
            configure,
            (options, time) => OksClusterProvider.Resolve(options, time).Setup,
            context => new OksClusterProvider(context.Http, OksClusterProvider.Resolve(context.Options, context.Time).Region, context.Time, context.Logger, context.Paging));
}
