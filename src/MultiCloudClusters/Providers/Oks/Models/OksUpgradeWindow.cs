using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>One automatic upgrade window of <see cref="OksAutoMaintenances"/>; members left null take the server's defaults.</summary>
public sealed class OksUpgradeWindow
{
    /// <summary>Whether the window is used (server default: true).</summary>
    public bool? Enabled { get; init; }

    /// <summary>Its length in hours, 0 to 23 (server default: 0).</summary>
    public int? DurationHours { get; init; }

    /// <summary>Its start hour, 0 to 23 (server default: 12).</summary>
    public int? StartHour { get; init; }

    /// <summary>The day: <c>Mon</c>, <c>Tue</c>, <c>Wed</c>, <c>Thu</c>, <c>Fri</c>, <c>Sat</c> or <c>Sun</c> (server default: <c>Tue</c>).</summary>
    public string? WeekDay { get; init; }

    /// <summary>The time zone (server default: UTC).</summary>
    public string? Tz { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none); sent back as they are when this object is part of a request.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
