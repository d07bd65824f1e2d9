using Microsoft.Extensions.DependencyInjection;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>Registers providers inside <see cref="ServiceCollectionExtensions.AddMultiCloudClusters"/>.</summary>
public sealed class MultiCloudClustersBuilder
{
    internal MultiCloudClustersBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }
}
