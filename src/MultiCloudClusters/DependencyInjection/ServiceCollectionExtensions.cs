using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>Dependency-injection entry point.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the library and the providers <paramref name="configure"/> registers, e.g.
    /// <c>services.AddMultiCloudClusters(b => b.AddOks(configuration.GetSection("MultiCloudClusters:Oks")))</c>.
    /// Each provider's options are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddMultiCloudClusters(this IServiceCollection services, Action<MultiCloudClustersBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions();
        services.AddHttpClient();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ClusterCatalog>();
        configure(new MultiCloudClustersBuilder(services));
        return services;
    }
}
