using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>How the nodes of a node pool are upgraded.</summary>
public sealed class OksNodePoolUpgradeStrategy
{
    /// <summary>How many nodes may be down at once.</summary>
    public int? MaxUnavailable { get; init; }

    /// <summary>How many extra nodes may be added during an upgrade.</summary>
    public int? MaxSurge { get; init; }

    /// <summary>Whether upgrades happen automatically.</summary>
    public bool? AutoUpgradeEnabled { get; init; }

    /// <summary>When automatic upgrades happen.</summary>
    public OksNodePoolUpgradeWindow? AutoUpgradeMaintenance { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
