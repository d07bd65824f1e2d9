namespace MultiCloudClusters.Clusters;

/// <summary>A wait for a cluster status ended without reaching it (timed out, or the cluster failed).</summary>
public sealed class ClusterWaitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterWaitException(string message, ClusterInfo? lastSeen)
        : base(message)
    {
        LastSeen = lastSeen;
    }

    /// <summary>The cluster as last seen, if it was seen at all.</summary>
    public ClusterInfo? LastSeen { get; }
}
