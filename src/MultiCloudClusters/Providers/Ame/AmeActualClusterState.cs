using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>What the platform last observed on a cluster (<c>actualState</c>; sent when details are asked for).</summary>
public sealed class AmeActualClusterState
{
    /// <summary>The observed status; free text with the values of <see cref="AmeCluster.Status"/> (<c>status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>The observed version (<c>version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>When it was observed (<c>collectedAt</c>).</summary>
    public DateTimeOffset? CollectedAt { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
