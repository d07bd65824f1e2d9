using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>The problems EKS found with a cluster (for a connected cluster, e.g. <c>ClusterUnreachable</c>).</summary>
public sealed class EksClusterHealth
{
    /// <summary>The problems (empty when none were reported).</summary>
    public IReadOnlyList<EksClusterIssue> Issues { get; init; } = [];

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"EksClusterHealth({Issues.Count} issue(s))";
}
