using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Automatic upgrade windows of an OKS cluster (the older form, replaced by <see cref="OksMaintenanceWindow"/>).</summary>
public sealed class OksAutoMaintenances
{
    /// <summary>The window for minor version upgrades.</summary>
    public OksUpgradeWindow? MinorUpgradeMaintenance { get; init; }

    /// <summary>The window for patch upgrades.</summary>
    public OksUpgradeWindow? PatchUpgradeMaintenance { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none); sent back as they are when this object is part of a request.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
