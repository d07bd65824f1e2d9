using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Samples;

/// <summary>Finds a cluster the way people name one on a command line: by id, or else by its (unique) name.</summary>
public static class ClusterLookup
{
    /// <summary>The cluster whose id is <paramref name="idOrName"/>, or else the only one of that name.</summary>
    /// <exception cref="InvalidOperationException">None matches, or the name is ambiguous.</exception>
    public static async Task<ClusterInfo> FindAsync(IClusterProvider provider, string idOrName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var named = new List<ClusterInfo>();
        await foreach (var cluster in provider.ListClustersAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (cluster.Id == idOrName)
            {
                return cluster;
            }

            if (cluster.Name == idOrName)
            {
                named.Add(cluster);
            }
        }

        return named switch
        {
            [var only] => only,
            [] => throw new InvalidOperationException($"No {provider.Name} cluster has the id or name '{idOrName}'."),
            _ => throw new InvalidOperationException($"{named.Count} {provider.Name} clusters are named '{idOrName}' ({string.Join(", ", named.Select(c => c.Id))}); pass an id."),
        };
    }

    /// <summary>The first cluster that is <see cref="ClusterStatus.Running"/>.</summary>
    /// <exception cref="InvalidOperationException">None is.</exception>
    public static async Task<ClusterInfo> FirstRunningAsync(IClusterProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        await foreach (var cluster in provider.ListClustersAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (cluster.Status == ClusterStatus.Running)
            {
                return cluster;
            }
        }

        throw new InvalidOperationException($"No running {provider.Name} cluster was found; pass one by id or name.");
    }
}
