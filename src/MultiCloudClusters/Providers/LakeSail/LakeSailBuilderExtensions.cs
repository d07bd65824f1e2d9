using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>Registers the LakeSail provider.</summary>
public static class LakeSailBuilderExtensions
{
    /// <summary>Adds LakeSail as the keyed <see cref="IConnectionProvider"/> <c>lakesail</c> (also as <see cref="LakeSailConnectionProvider"/>), configured in code.</summary>
    public static MultiCloudClustersBuilder AddLakeSail(this MultiCloudClustersBuilder builder, Action<LakeSailOptions> configure) =>
        Register(builder, ProviderRegistrar.FromCode(configure));

    /// <summary>Adds LakeSail as the keyed <see cref="IConnectionProvider"/> <c>lakesail</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:LakeSail</c>).</summary>
    public static MultiCloudClustersBuilder AddLakeSail(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Register(builder, ProviderRegistrar.FromSection<LakeSailOptions>(section));

    private static MultiCloudClustersBuilder Register(MultiCloudClustersBuilder builder, Action<OptionsBuilder<LakeSailOptions>> configure) =>
        ProviderRegistrar.Add<IConnectionProvider, LakeSailConnectionProvider, LakeSailOptions>(
            builder,
            LakeSailConnectionProvider.ProviderName,
            ProviderKind.Connection,
            configure,
            (options, time) => LakeSailConnectionProvider.Resolve(options, time),
            context => new LakeSailConnectionProvider(context.Http, context.Time, context.Paging));
}
