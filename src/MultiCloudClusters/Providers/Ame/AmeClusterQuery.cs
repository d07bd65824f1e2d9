namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// Narrows and shapes an AME cluster list (<see cref="AmeClusterProvider.ListClustersAsync(AmeClusterQuery, CancellationToken)"/>);
/// members left null are not sent, so the server's defaults apply.
/// </summary>
public sealed class AmeClusterQuery
{
    /// <summary>Only the clusters of this environment (its slug); null lists the whole organisation.</summary>
    public string? Environment { get; init; }

    /// <summary>
    /// Only the clusters that use this maintenance schedule (<c>maintenanceSchedule</c>). The API filters by it on the
    /// organisation-wide list only, so it is refused together with <see cref="Environment"/>.
    /// </summary>
    public string? MaintenanceSchedule { get; init; }

    /// <summary>True to have each cluster's observed state filled in (<c>includeDetails</c>; <see cref="AmeCluster.ActualState"/>). Server default: false.</summary>
    public bool? IncludeDetails { get; init; }

    /// <summary>
    /// True to have each cluster's summed CPU and memory filled in (<c>show-compute</c>; <see cref="AmeCluster.Cpu"/>,
    /// <see cref="AmeCluster.Memory"/>). The API offers it on an environment's list only, so it needs <see cref="Environment"/>.
    /// Server default: false.
    /// </summary>
    public bool? ShowCompute { get; init; }

    /// <summary>
    /// The order, one entry per property: <c>name</c> or <c>name,desc</c> (<c>asc</c> or <c>desc</c>), each sent as its own
    /// <c>sort</c> member, the first deciding first. Null or empty for the server's order.
    /// </summary>
    public IReadOnlyList<string>? Sort { get; init; }

    /// <summary>Clusters per page requested from the server, 1 to 2000; null for the server's default (50).</summary>
    public int? PageSize { get; init; }
}
