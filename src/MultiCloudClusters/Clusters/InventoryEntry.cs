namespace MultiCloudClusters.Clusters;

/// <summary>One line of a cross-provider inventory: a cluster, or the failure of one provider.</summary>
public sealed class InventoryEntry
{
    private InventoryEntry(string provider, ClusterInfo? cluster, Exception? error)
    {
        Provider = provider;
        Cluster = cluster;
        Error = error;
    }

    /// <summary>The provider key.</summary>
    public string Provider { get; }

    /// <summary>The cluster, when this entry is not an error.</summary>
    public ClusterInfo? Cluster { get; }

    /// <summary>Why the provider's listing stopped, when it failed; other providers go on.</summary>
    public Exception? Error { get; }

    /// <summary>Whether this entry reports a failure.</summary>
    public bool IsError => Error is not null;

    /// <summary>A cluster entry.</summary>
    public static InventoryEntry ForCluster(ClusterInfo cluster) =>
        new((cluster ?? throw new ArgumentNullException(nameof(cluster))).Provider, cluster, null);

    /// <summary>An error entry.</summary>
    public static InventoryEntry ForError(string provider, Exception error) =>
        new(provider, null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <inheritdoc />
    public override string ToString() => IsError ? $"{Provider}: failed: {Error!.Message}" : Cluster!.ToString();
}
