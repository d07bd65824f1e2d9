namespace MultiCloudClusters.Clusters;

/// <summary>The unified lifecycle status. Each provider maps its raw values onto it; unknown values map to <see cref="Unknown"/>.</summary>
public enum ClusterStatus
{
    /// <summary>A raw status we do not know (a new value of the provider's, or none).</summary>
    Unknown,

    /// <summary>Accepted, not yet being built.</summary>
    Pending,

    /// <summary>Being built.</summary>
    Provisioning,

    /// <summary>Up and serving.</summary>
    Running,

    /// <summary>Being changed or upgraded; still exists.</summary>
    Updating,

    /// <summary>Shutting down.</summary>
    Stopping,

    /// <summary>Shut down but kept.</summary>
    Stopped,

    /// <summary>Being removed.</summary>
    Deleting,

    /// <summary>Removed.</summary>
    Deleted,

    /// <summary>Broken; needs attention.</summary>
    Failed,
}
