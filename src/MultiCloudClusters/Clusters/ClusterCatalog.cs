using System.Runtime.CompilerServices;
using System.Threading.Channels;
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

    /// <summary>
    /// Lists the clusters of every registered cluster provider concurrently, as one stream in arrival
    /// order. A provider that fails yields one error entry and the others go on.
    /// </summary>
    public IAsyncEnumerable<InventoryEntry> ListAllClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
        Inventory(ClusterProviderNames.Select(name => (name, (Func<IClusterProvider>)(() => GetClusterProvider(name)))).ToList(), query, cancellationToken);

    /// <summary>Lists the clusters of the given providers concurrently (the catalog's inventory, for any set of providers).</summary>
    public static IAsyncEnumerable<InventoryEntry> ListAllClustersAsync(IEnumerable<IClusterProvider> providers, ClusterQuery? query = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providers);
        return Inventory([.. providers.Select(p => (p.Name, (Func<IClusterProvider>)(() => p)))], query, cancellationToken);
    }

    private static async IAsyncEnumerable<InventoryEntry> Inventory(
        IReadOnlyList<(string Name, Func<IClusterProvider> Resolve)> providers,
        ClusterQuery? query,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<InventoryEntry>(new BoundedChannelOptions(256) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producers = providers.Select(p => Task.Run(() => ProduceAsync(p.Name, p.Resolve, query, channel.Writer, stop.Token), CancellationToken.None)).ToArray();
        _ = Task.WhenAll(producers).ContinueWith(_ => channel.Writer.TryComplete(), TaskScheduler.Default);
        try
        {
            await foreach (var entry in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return entry;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(producers).ConfigureAwait(false);
        }
    }

    private static async Task ProduceAsync(string name, Func<IClusterProvider> resolve, ClusterQuery? query, ChannelWriter<InventoryEntry> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var cluster in resolve().ListClustersAsync(query, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(InventoryEntry.ForCluster(cluster), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The reader stopped or the caller cancelled: nothing more to report.
        }
        catch (Exception ex)
        {
            try
            {
                await writer.WriteAsync(InventoryEntry.ForError(name, ex), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The reader is gone.
            }
        }
    }
}
