namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// Narrows an OKS cluster list (<see cref="OksClusterProvider.ListClustersAsync(OksClusterQuery, CancellationToken)"/>);
/// members left null do not filter.
/// </summary>
public sealed class OksClusterQuery
{
    /// <summary>Only clusters of this project; null lists the clusters of every project.</summary>
    public string? ProjectId { get; set; }

    /// <summary>Only clusters with this name.</summary>
    public string? Name { get; set; }

    /// <summary>Only clusters in this OKS status, e.g. <c>ready</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Only clusters running this Kubernetes version, e.g. <c>1.31</c>.</summary>
    public string? Version { get; set; }

    /// <summary>When true, deleted clusters are listed too.</summary>
    public bool? IncludeDeleted { get; set; }

    /// <summary>Items per page requested from the server, 1 to 100; null for the server's default.</summary>
    public int? PageSize { get; set; }
}
