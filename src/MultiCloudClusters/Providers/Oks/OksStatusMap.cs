using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>OKS cluster and project statuses in unified terms.</summary>
internal static class OksStatusMap
{
    /// <summary>Every raw status OKS is known to send, with its unified status.</summary>
    public static IReadOnlyDictionary<string, ClusterStatus> Known { get; } = new Dictionary<string, ClusterStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["pending"] = ClusterStatus.Pending,
        ["deploying"] = ClusterStatus.Provisioning,
        ["ready"] = ClusterStatus.Running,
        ["updating"] = ClusterStatus.Updating,
        ["upgrading"] = ClusterStatus.Updating,
        ["failed"] = ClusterStatus.Failed,
        ["deleting"] = ClusterStatus.Deleting,
        ["deleted"] = ClusterStatus.Deleted,
    };

    /// <summary>Maps a raw status; unknown or missing values give <see cref="ClusterStatus.Unknown"/>.</summary>
    public static ClusterStatus Map(string? raw) =>
        raw is not null && Known.TryGetValue(raw.Trim(), out var status) ? status : ClusterStatus.Unknown;
}
