namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// What to fill in when reading one AME cluster (<see cref="AmeClusterProvider.GetClusterAsync(string, AmeClusterReadOptions, CancellationToken)"/>);
/// members left null are not sent, so the server's defaults apply.
/// </summary>
public sealed class AmeClusterReadOptions
{
    /// <summary>True to have the cluster's observed state filled in (<c>includeDetails</c>; <see cref="AmeCluster.ActualState"/>). Server default: false.</summary>
    public bool? IncludeDetails { get; init; }

    /// <summary>True to have the cluster's summed CPU and memory filled in (<c>show-compute</c>; <see cref="AmeCluster.Cpu"/>, <see cref="AmeCluster.Memory"/>). Server default: false.</summary>
    public bool? ShowCompute { get; init; }
}
