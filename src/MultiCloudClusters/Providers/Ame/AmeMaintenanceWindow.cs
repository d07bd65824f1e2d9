using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>One weekly window in which maintenance may happen.</summary>
public sealed class AmeMaintenanceWindow
{
    /// <summary>The day of the week (<c>day</c>).</summary>
    public string? Day { get; init; }

    /// <summary>When the window starts (<c>startTime</c>).</summary>
    public string? StartTime { get; init; }

    /// <summary>The length in minutes (<c>duration</c>).</summary>
    public int? Duration { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
