using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Clusters;

/// <summary>The providers registered in the container, by key.</summary>
public sealed class ClusterCatalog
{
    private readonly IServiceProvider _services;
    private readonly ProviderRegistration[] _registrations;

    /// <summary>Created by the container.</summary>
    public ClusterCatalog(IServiceProvider services, IEnumerable<ProviderRegistration> registrations)
    {
        _services = services;
        _registrations = [.. registrations.DistinctBy(r => (r.Key, r.Kind))];
    }

    /// <summary>The keys of the registered cluster providers.</summary>
    public IReadOnlyList<string> ClusterProviderNames => [.. _registrations.Where(r => r.Kind == ProviderKind.Cluster).Select(r => r.Key)];

    /// <summary>The keys of the registered connection providers.</summary>
    public IReadOnlyList<string> ConnectionProviderNames => [.. _registrations.Where(r => r.Kind == ProviderKind.Connection).Select(r => r.Key)];

    /// <summary>Every registered cluster provider.</summary>
    public IEnumerable<IClusterProvider> ClusterProviders => ClusterProviderNames.Select(GetClusterProvider);

    /// <summary>The cluster provider registered under <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">None is registered under that key.</exception>
    public IClusterProvider GetClusterProvider(string name) =>
        _services.GetKeyedService<IClusterProvider>(name)
        ?? throw new KeyNotFoundException($"No cluster provider '{name}' is registered; registered: {string.Join(", ", ClusterProviderNames)}.");

    /// <summary>The connection provider registered under <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">None is registered under that key.</exception>
    public IConnectionProvider GetConnectionProvider(string name) =>
        _services.GetKeyedService<IConnectionProvider>(name)
        ?? throw new KeyNotFoundException($"No connection provider '{name}' is registered; registered: {string.Join(", ", ConnectionProviderNames)}.");
}
