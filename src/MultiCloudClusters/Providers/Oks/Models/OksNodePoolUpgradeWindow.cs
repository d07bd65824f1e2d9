using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>When the automatic upgrades of a node pool happen.</summary>
public sealed class OksNodePoolUpgradeWindow
{
    /// <summary>Its length in hours.</summary>
    public int? DurationHours { get; init; }

    /// <summary>Its start hour, 0 to 23.</summary>
    public int? StartHour { get; init; }

    /// <summary>The day: <c>Mon</c> to <c>Sun</c>.</summary>
    public string? WeekDay { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
