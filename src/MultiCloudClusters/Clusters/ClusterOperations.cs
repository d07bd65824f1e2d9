namespace MultiCloudClusters.Clusters;

/// <summary>The operations of <see cref="IClusterProvider"/> a provider may or may not have.</summary>
[Flags]
public enum ClusterOperations
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><see cref="IClusterProvider.ListClustersAsync"/>.</summary>
    List = 1,

    /// <summary><see cref="IClusterProvider.GetClusterAsync"/>.</summary>
    Get = 2,

    /// <summary><see cref="IClusterProvider.CreateClusterAsync"/>.</summary>
    Create = 4,

    /// <summary><see cref="IClusterProvider.UpdateClusterAsync"/>.</summary>
    Update = 8,

    /// <summary><see cref="IClusterProvider.DeleteClusterAsync"/>.</summary>
    Delete = 16,

    /// <summary><see cref="IClusterProvider.UpgradeClusterAsync"/>.</summary>
    Upgrade = 32,

    /// <summary><see cref="IClusterProvider.StartClusterAsync"/>.</summary>
    Start = 64,

    /// <summary><see cref="IClusterProvider.StopClusterAsync"/>.</summary>
    Stop = 128,

    /// <summary><see cref="IClusterProvider.GetKubeconfigAsync"/>.</summary>
    Kubeconfig = 256,
}
