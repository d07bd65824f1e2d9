using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// The capacity a LakeSail connection reserves for system workloads, used to size node pools.
/// </summary>
public sealed class LakeSailInstanceTypeMetadata
{
    /// <summary>The cloud, e.g. <c>aws</c>.</summary>
    public string? Provider { get; init; }

    /// <summary>System pods on every node.</summary>
    public double? SystemPodsPerNode { get; init; }

    /// <summary>System pods on every system node.</summary>
    public double? SystemPodsPerSystemNode { get; init; }

    /// <summary>System pods per cluster, whatever its size.</summary>
    public double? SystemPodsFixed { get; init; }

    /// <summary>Margin added to the system pods per node.</summary>
    public double? SystemPodsPerNodeMargin { get; init; }

    /// <summary>Margin added to the fixed system pods.</summary>
    public double? SystemPodsFixedMargin { get; init; }

    /// <summary>CPU reserved for the system on every node, in millicores.</summary>
    public double? SystemMilliCpuPerNode { get; init; }

    /// <summary>CPU reserved for the system per cluster, in millicores.</summary>
    public double? SystemMilliCpuFixed { get; init; }

    /// <summary>CPU of one Karpenter replica, in millicores.</summary>
    public double? KarpenterMilliCpuPerReplica { get; init; }

    /// <summary>Karpenter replicas.</summary>
    public double? KarpenterReplicas { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailInstanceTypeMetadata({ServerText.CleanShort(Provider)})";
}
