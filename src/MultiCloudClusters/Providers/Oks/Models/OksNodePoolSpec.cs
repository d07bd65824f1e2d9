using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The specification of a <c>Nodepool</c> object.</summary>
public sealed class OksNodePoolSpec
{
    /// <summary>How many nodes (as text, as the object carries it).</summary>
    public string? DesiredNodes { get; init; }

    /// <summary>The VM type, e.g. <c>tinav6.c2r4p3</c>.</summary>
    public string? NodeType { get; init; }

    /// <summary>The subregions of the nodes (empty when none).</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>The volumes of each node (empty when none).</summary>
    public IReadOnlyList<OksNodePoolVolume> Volumes { get; init; } = [];

    /// <summary>How nodes are upgraded.</summary>
    public OksNodePoolUpgradeStrategy? UpgradeStrategy { get; init; }

    /// <summary>Whether broken nodes are replaced.</summary>
    public bool? AutoHealing { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
