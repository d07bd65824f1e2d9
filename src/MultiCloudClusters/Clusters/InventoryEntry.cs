namespace MultiCloudClusters.Clusters;

/// <summary>One line of a cross-provider inventory: a cluster, or the failure of one registration.</summary>
public sealed class InventoryEntry
{
    private InventoryEntry(string registration, string provider, ClusterInfo? cluster, Exception? error)
    {
        Registration = registration;
        Provider = provider;
        Cluster = cluster;
        Error = error;
    }

    /// <summary>The registration name, e.g. <c>oks-prod</c> (the provider key for a registration without a name).</summary>
    public string Registration { get; }

    /// <summary>The provider key, e.g. <c>oks</c>.</summary>
    public string Provider { get; }

    /// <summary>The cluster, when this entry is not an error.</summary>
    public ClusterInfo? Cluster { get; }

    /// <summary>Why the registration's listing stopped, when it failed; other registrations go on.</summary>
    public Exception? Error { get; }

    /// <summary>Whether this entry reports a failure.</summary>
    public bool IsError => Error is not null;

    /// <summary>A cluster entry (registration and provider taken from the cluster).</summary>
    public static InventoryEntry ForCluster(ClusterInfo cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new(cluster.Registration, cluster.Provider, cluster, null);
    }

    /// <summary>An error entry for registration <paramref name="registration"/> of provider <paramref name="provider"/>.</summary>
    public static InventoryEntry ForError(string registration, string provider, Exception error)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(error);
        return new(registration, provider, null, error);
    }

    /// <inheritdoc />
    public override string ToString() => IsError ? $"{ClusterInfo.Label(Registration, Provider)}: failed: {Error!.Message}" : Cluster!.ToString();
}
