using MultiCloudClusters.Connections;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>LakeSail operation statuses in unified terms.</summary>
internal static class LakeSailStatusMap
{
    /// <summary>Every raw operation status this library recognises, with its unified status.</summary>
    public static IReadOnlyDictionary<string, CloudOperationStatus> Known { get; } = new Dictionary<string, CloudOperationStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["pending"] = CloudOperationStatus.Pending,
        ["queued"] = CloudOperationStatus.Pending,
        ["running"] = CloudOperationStatus.Running,
        ["in_progress"] = CloudOperationStatus.Running,
        ["in-progress"] = CloudOperationStatus.Running,
        ["succeeded"] = CloudOperationStatus.Succeeded,
        ["completed"] = CloudOperationStatus.Succeeded,
        ["failed"] = CloudOperationStatus.Failed,
        ["cancelled"] = CloudOperationStatus.Cancelled,
        ["canceled"] = CloudOperationStatus.Cancelled,
    };

    /// <summary>Maps a raw status; unknown or missing values give <see cref="CloudOperationStatus.Unknown"/> (still in progress).</summary>
    public static CloudOperationStatus Map(string? raw) =>
        raw is not null && Known.TryGetValue(raw.Trim(), out var status) ? status : CloudOperationStatus.Unknown;
}
