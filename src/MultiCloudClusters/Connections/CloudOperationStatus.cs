namespace MultiCloudClusters.Connections;

/// <summary>The state of background work in unified terms; the platform's own text stays in <see cref="CloudOperation.RawStatus"/>.</summary>
public enum CloudOperationStatus
{
    /// <summary>A status this library does not know; treated as still in progress.</summary>
    Unknown,

    /// <summary>Accepted, not started yet.</summary>
    Pending,

    /// <summary>In progress.</summary>
    Running,

    /// <summary>Finished successfully.</summary>
    Succeeded,

    /// <summary>Finished with an error (see <see cref="CloudOperation.Error"/>).</summary>
    Failed,

    /// <summary>Stopped before it finished.</summary>
    Cancelled,
}
