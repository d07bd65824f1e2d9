using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The maintenance schedule a cluster follows (<c>maintenanceSchedule</c>).</summary>
public sealed class AmeMaintenanceSchedule
{
    /// <summary>The schedule's identity (<c>identity</c>).</summary>
    public Guid? Identity { get; init; }

    /// <summary>Its name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>How many clusters follow it (<c>clusterCount</c>).</summary>
    public long? ClusterCount { get; init; }

    /// <summary>Its weekly windows (<c>windows</c>; empty when none are given).</summary>
    public IReadOnlyList<AmeMaintenanceWindow> Windows { get; init; } = [];

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
