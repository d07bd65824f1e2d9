using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Clusters;

/// <summary>
/// One provider's clusters behind one interface. An operation the provider lacks throws
/// <see cref="NotSupportedException"/>; <see cref="Capabilities"/> says which ones those are.
/// </summary>
public interface IClusterProvider
{
    /// <summary>The provider key: <c>oks</c>, <c>imply</c>, <c>ame</c> or <c>eks</c>.</summary>
    string Name { get; }

    /// <summary>The name this provider is registered under (<c>oks-prod</c> for <c>AddOks("oks-prod", …)</c>); <see cref="Name"/> when it has none.</summary>
    string Registration => Name;

    /// <summary>What this provider can do.</summary>
    ClusterCapabilities Capabilities { get; }

    /// <summary>Lists clusters lazily, page by page.</summary>
    AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one cluster.</summary>
    Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Creates a cluster (validated before anything is sent; never sent twice by a retry unless the provider makes it idempotent).</summary>
    Task<ClusterInfo> CreateClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a cluster.</summary>
    Task<ClusterInfo> UpdateClusterAsync(string clusterId, ClusterUpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a cluster.</summary>
    Task DeleteClusterAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Upgrades a cluster to a newer version.</summary>
    Task<ClusterInfo> UpgradeClusterAsync(string clusterId, string version, CancellationToken cancellationToken = default);

    /// <summary>Starts a stopped cluster.</summary>
    Task<ClusterInfo> StartClusterAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Stops a running cluster.</summary>
    Task<ClusterInfo> StopClusterAsync(string clusterId, CancellationToken cancellationToken = default);

    /// <summary>Gets a kubeconfig for the cluster.</summary>
    Task<Kubeconfig> GetKubeconfigAsync(string clusterId, KubeconfigRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls until the cluster reaches <paramref name="status"/> (a missing cluster counts as
    /// <see cref="ClusterStatus.Deleted"/>); throws <see cref="ClusterWaitException"/> on timeout or failure.
    /// </summary>
    Task<ClusterInfo> WaitForStatusAsync(string clusterId, ClusterStatus status, WaitOptions? options = null, CancellationToken cancellationToken = default);
}
