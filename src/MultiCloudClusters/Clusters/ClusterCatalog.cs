using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Clusters;

/// <summary>
/// Every provider registration in the container, by name (<c>oks</c>, <c>oks-prod</c>, <c>eks-us</c>…),
/// and an inventory across all of them.
/// </summary>
public sealed class ClusterCatalog
{
    private readonly IServiceProvider _services;
    private readonly ProviderRegistration[] _registrations;

    internal ClusterCatalog(IServiceProvider services, IEnumerable<ProviderRegistration> registrations, ClusterCatalogOptions options)
    {
        _services = services;
        _registrations = [.. registrations];
        MaxConcurrency = options.MaxConcurrency;
    }

    /// <summary>The names of the cluster-provider registrations, in registration order.</summary>
    public IReadOnlyList<string> ClusterProviderNames => NamesOf(ProviderKind.Cluster);

    /// <summary>The names of the connection-provider registrations, in registration order.</summary>
    public IReadOnlyList<string> ConnectionProviderNames => NamesOf(ProviderKind.Connection);

    /// <summary>Every registered cluster provider.</summary>
    public IEnumerable<IClusterProvider> ClusterProviders => ClusterProviderNames.Select(GetClusterProvider);

    /// <summary>How many registrations <see cref="ListAllClustersAsync(ClusterQuery?, CancellationToken)"/> lists at once (<see cref="ClusterCatalogOptions.MaxConcurrency"/>).</summary>
    public int MaxConcurrency { get; }

    /// <summary>The cluster provider registered under <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">None is registered under that name.</exception>
    public IClusterProvider GetClusterProvider(string name) =>
        _services.GetKeyedService<IClusterProvider>(name)
        ?? throw new KeyNotFoundException($"No cluster provider '{name}' is registered; registered: {string.Join(", ", ClusterProviderNames)}.");

    /// <summary>The connection provider registered under <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">None is registered under that name.</exception>
    public IConnectionProvider GetConnectionProvider(string name) =>
        _services.GetKeyedService<IConnectionProvider>(name)
        ?? throw new KeyNotFoundException($"No connection provider '{name}' is registered; registered: {string.Join(", ", ConnectionProviderNames)}.");

    /// <summary>
    /// Lists the clusters of every cluster-provider registration, <see cref="MaxConcurrency"/> at a time, as
    /// one stream in arrival order. A registration that fails yields one error entry and the others go on.
    /// </summary>
    public IAsyncEnumerable<InventoryEntry> ListAllClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
        Inventory(
            [.. _registrations.Where(r => r.Kind == ProviderKind.Cluster).Select(r => new Source(r.Name, r.Provider, () => GetClusterProvider(r.Name)))],
            query,
            MaxConcurrency,
            cancellationToken);

    /// <summary>Lists the clusters of the given providers, <paramref name="maxConcurrency"/> at a time (the catalog's inventory, for any set of providers).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxConcurrency"/> is not between 1 and <see cref="ClusterCatalogOptions.MaxAllowedConcurrency"/>.</exception>
    public static IAsyncEnumerable<InventoryEntry> ListAllClustersAsync(IEnumerable<IClusterProvider> providers, ClusterQuery? query = null, int maxConcurrency = ClusterCatalogOptions.DefaultMaxConcurrency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxConcurrency, ClusterCatalogOptions.MaxAllowedConcurrency);
        return Inventory([.. providers.Select(p => new Source(p.Registration, p.Name, () => p))], query, maxConcurrency, cancellationToken);
    }

    private List<string> NamesOf(ProviderKind kind) => [.. _registrations.Where(r => r.Kind == kind).Select(r => r.Name)];

    private static async IAsyncEnumerable<InventoryEntry> Inventory(
        IReadOnlyList<Source> sources,
        ClusterQuery? query,
        int maxConcurrency,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<InventoryEntry>(new BoundedChannelOptions(256) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        var producers = sources.Select(s => Task.Run(() => ProduceAsync(s, slots, query, channel.Writer, stop.Token), CancellationToken.None)).ToArray();
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

    private static async Task ProduceAsync(Source source, SemaphoreSlim slots, ClusterQuery? query, ChannelWriter<InventoryEntry> writer, CancellationToken cancellationToken)
    {
        try
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await foreach (var cluster in source.Resolve().ListClustersAsync(query, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await writer.WriteAsync(InventoryEntry.ForCluster(cluster), cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                slots.Release();
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
                await writer.WriteAsync(InventoryEntry.ForError(source.Registration, source.Provider, ex), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The reader is gone.
            }
        }
    }

    /// <summary>One registration to list: its name, its provider key, and how to get the provider.</summary>
    private sealed record Source(string Registration, string Provider, Func<IClusterProvider> Resolve);
}
