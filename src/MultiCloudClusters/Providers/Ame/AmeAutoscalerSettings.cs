using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>Cluster autoscaler tuning (<c>clusterAutoscalerSettings</c>): read from a cluster, and set on create or update (members left null are not sent).</summary>
public sealed class AmeAutoscalerSettings
{
    /// <summary>Utilisation below which a node may be removed, 0 to 1 (<c>scale-down-utilization-threshold</c>).</summary>
    public double? ScaleDownUtilizationThreshold { get; set; }

    /// <summary>GPU utilisation below which a GPU node may be removed, 0 to 1 (<c>scale-down-gpu-utilization-threshold</c>).</summary>
    public double? ScaleDownGpuUtilizationThreshold { get; set; }

    /// <summary>How long after a scale-up scale-down waits, a duration such as <c>10m</c> (<c>scale-down-delay-after-add</c>).</summary>
    public string? ScaleDownDelayAfterAdd { get; set; }

    /// <summary>How long a node must be unneeded before it is removed (<c>scale-down-unneeded-time</c>).</summary>
    public string? ScaleDownUnneededTime { get; set; }

    /// <summary>How long an unready node must be unneeded before it is removed (<c>scale-down-unready-time</c>).</summary>
    public string? ScaleDownUnreadyTime { get; set; }

    /// <summary>How long a new node may take to come up (<c>max-node-provision-time</c>).</summary>
    public string? MaxNodeProvisionTime { get; set; }

    /// <summary>How often a node that could not be removed is checked again (<c>unremovable-node-recheck-timeout</c>).</summary>
    public string? UnremovableNodeRecheckTimeout { get; set; }

    /// <summary>Members this type does not know: kept from an answer, and sent as they are in a request.</summary>
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
