using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>Registers the Amazon EKS provider.</summary>
public static class EksBuilderExtensions
{
    /// <summary>Adds Amazon EKS as the keyed <see cref="IClusterProvider"/> <c>eks</c>, configured in code.</summary>
    public static MultiCloudClustersBuilder AddEks(this MultiCloudClustersBuilder builder, Action<EksOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Add(builder, options => options.Configure(configure));
    }

    /// <summary>Adds Amazon EKS as the keyed <see cref="IClusterProvider"/> <c>eks</c>, bound to a configuration section.</summary>
    public static MultiCloudClustersBuilder AddEks(this MultiCloudClustersBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        return Add(builder, options => options.Bind(section));
    }

    private static MultiCloudClustersBuilder Add(MultiCloudClustersBuilder builder, Action<OptionsBuilder<EksOptions>> configure)
    {
        builder.Services.AddKeyedSingleton<EksClusterProvider>(EksClusterProvider.ProviderName, (sp, key) => (EksClusterProvider)sp.GetRequiredKeyedService<IClusterProvider>(key));
        return ProviderRegistrar.Add<IClusterProvider, EksOptions>(
            builder,
            EksClusterProvider.ProviderName,
            ProviderKind.Cluster,
            configure,
            (options, time) => EksClusterProvider.Resolve(options, time).Setup,
            (sp, options, http) => new EksClusterProvider(
                http,
                EksClusterProvider.Resolve(options, sp.GetRequiredService<TimeProvider>()).Region,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger("MultiCloudClusters.eks")));
    }
}
