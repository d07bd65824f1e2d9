using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Registers the OKS provider.</summary>
public static class OksBuilderExtensions
{
    /// <summary>Adds OKS as the keyed <see cref="IClusterProvider"/> <c>oks</c>, configured in code.</summary>
    public static MultiCloudClustersBuilder AddOks(this MultiCloudClustersBuilder builder, Action<OksOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Add(builder, options => options.Configure(configure));
    }

    /// <summary>Adds OKS as the keyed <see cref="IClusterProvider"/> <c>oks</c>, bound to a configuration section.</summary>
    public static MultiCloudClustersBuilder AddOks(this MultiCloudClustersBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        return Add(builder, options => options.Bind(section));
    }

    private static MultiCloudClustersBuilder Add(MultiCloudClustersBuilder builder, Action<Microsoft.Extensions.Options.OptionsBuilder<OksOptions>> configure)
    {
        builder.Services.AddKeyedSingleton<OksClusterProvider>(OksClusterProvider.ProviderName, (sp, key) => (OksClusterProvider)sp.GetRequiredKeyedService<IClusterProvider>(key));
        return ProviderRegistrar.Add<IClusterProvider, OksOptions>(
            builder,
            OksClusterProvider.ProviderName,
            ProviderKind.Cluster,
            configure,
            (options, time) => OksClusterProvider.Resolve(options, time).Setup,
            (sp, options, http) => new OksClusterProvider(
                http,
                OksClusterProvider.Resolve(options, sp.GetRequiredService<TimeProvider>()).Region,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger("MultiCloudClusters.oks")));
    }
}
