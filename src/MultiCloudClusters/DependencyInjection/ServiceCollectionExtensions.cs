using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>Dependency-injection entry point.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the library and the providers <paramref name="configure"/> registers, e.g.
    /// <c>services.AddMultiCloudClusters(b => b.AddOks("oks-prod", configuration.GetSection("Oks:Prod")).AddEks("eks-us", o => o.Region = "us-east-1"))</c>.
    /// Each registration's options are validated when the host starts; two registrations with one name are refused.
    /// </summary>
    public static IServiceCollection AddMultiCloudClusters(this IServiceCollection services, Action<MultiCloudClustersBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (!services.Any(d => d.ServiceType == typeof(ClusterCatalog)))
        {
            services.AddOptions();
            services.AddHttpClient();
            services.TryAddSingleton(TimeProvider.System);
            services.AddOptions<ClusterCatalogOptions>().ValidateOnStart();
            services.AddSingleton<IValidateOptions<ClusterCatalogOptions>, CatalogValidator>();
            services.AddSingleton(sp => new ClusterCatalog(sp, sp.GetServices<ProviderRegistration>(), sp.GetRequiredService<IOptions<ClusterCatalogOptions>>().Value));
        }

        configure(new MultiCloudClustersBuilder(services));
        return services;
    }

    /// <summary>
    /// Adds the library and every registration a configuration section describes, e.g.
    /// <c>services.AddMultiCloudClusters(configuration.GetSection("MultiCloudClusters"))</c>: see
    /// <see cref="MultiCloudClustersBuilder.AddFromConfiguration"/>.
    /// </summary>
    public static IServiceCollection AddMultiCloudClusters(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddMultiCloudClusters(b => b.AddFromConfiguration(section));
    }

    private sealed class CatalogValidator : IValidateOptions<ClusterCatalogOptions>
    {
        public ValidateOptionsResult Validate(string? name, ClusterCatalogOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
