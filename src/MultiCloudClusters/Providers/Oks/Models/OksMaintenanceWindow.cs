using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The weekly maintenance window of an OKS cluster (in answers and in <see cref="OksClusterOptions.MaintenanceWindow"/>).</summary>
public sealed class OksMaintenanceWindow
{
    /// <summary>Its length in hours, 0 to 23.</summary>
    public int DurationHours { get; init; }

    /// <summary>Its start hour, 0 to 23.</summary>
    public int StartHour { get; init; }

    /// <summary>The day: <c>Mon</c>, <c>Tue</c>, <c>Wed</c>, <c>Thu</c>, <c>Fri</c>, <c>Sat</c> or <c>Sun</c>.</summary>
    public string WeekDay { get; init; } = string.Empty;

    /// <summary>The time zone (server default: UTC).</summary>
    public string? Tz { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none); sent back as they are when this object is part of a request.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
