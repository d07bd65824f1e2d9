using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>A volume of each node of a node pool.</summary>
public sealed class OksNodePoolVolume
{
    /// <summary>The device name.</summary>
    public string? Device { get; init; }

    /// <summary>The volume type, e.g. <c>gp2</c>, <c>io1</c>, <c>standard</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The size in GiB.</summary>
    public int? Size { get; init; }

    /// <summary>The mount directory.</summary>
    public string? Dir { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
