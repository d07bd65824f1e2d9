using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>Amazon EKS cluster statuses in unified terms.</summary>
internal static class EksStatusMap
{
    /// <summary>Every raw status EKS is known to send, with its unified status.</summary>
    /// <remarks>A registered cluster stays <c>PENDING</c> until its connector manifest is applied and the agent checks in.</remarks>
    public static IReadOnlyDictionary<string, ClusterStatus> Known { get; } = new Dictionary<string, ClusterStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["CREATING"] = ClusterStatus.Provisioning,
        ["ACTIVE"] = ClusterStatus.Running,
        ["DELETING"] = ClusterStatus.Deleting,
        ["FAILED"] = ClusterStatus.Failed,
        ["UPDATING"] = ClusterStatus.Updating,
        ["PENDING"] = ClusterStatus.Pending,
    };

    /// <summary>Maps a raw status; unknown or missing values give <see cref="ClusterStatus.Unknown"/>.</summary>
    public static ClusterStatus Map(string? raw) =>
        raw is not null && Known.TryGetValue(raw.Trim(), out var status) ? status : ClusterStatus.Unknown;
}
