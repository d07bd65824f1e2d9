using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>AME cluster statuses in unified terms.</summary>
internal static class AmeStatusMap
{
    /// <summary>Every raw status AME is known to send, with its unified status.</summary>
    /// <remarks>
    /// <c>provisioned</c> (built, not yet started) and <c>starting</c> map to Provisioning: the cluster is on its
    /// way to Running and the unified set has no Starting. <c>running</c> is how the official Go client and the
    /// observed state show <c>started</c>.
    /// </remarks>
    public static IReadOnlyDictionary<string, ClusterStatus> Known { get; } = new Dictionary<string, ClusterStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["new"] = ClusterStatus.Pending,
        ["provisioning"] = ClusterStatus.Provisioning,
        ["provisioned"] = ClusterStatus.Provisioning,
        ["starting"] = ClusterStatus.Provisioning,
        ["started"] = ClusterStatus.Running,
        ["running"] = ClusterStatus.Running,
        ["stopping"] = ClusterStatus.Stopping,
        ["stopped"] = ClusterStatus.Stopped,
        ["deleting"] = ClusterStatus.Deleting,
        ["deleted"] = ClusterStatus.Deleted,
        ["unknown"] = ClusterStatus.Unknown,
    };

    /// <summary>Maps a raw status; unknown or missing values give <see cref="ClusterStatus.Unknown"/>.</summary>
    public static ClusterStatus Map(string? raw) =>
        raw is not null && Known.TryGetValue(raw.Trim(), out var status) ? status : ClusterStatus.Unknown;
}
