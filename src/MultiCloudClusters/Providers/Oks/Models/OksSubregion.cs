using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>A subregion (availability zone) seen by an OKS project.</summary>
public sealed class OksSubregion
{
    /// <summary>The subregion name, e.g. <c>eu-west-2a</c>.</summary>
    public string? SubregionName { get; init; }

    /// <summary>The region it belongs to.</summary>
    public string? RegionName { get; init; }

    /// <summary>Its state, e.g. <c>available</c>.</summary>
    public string? State { get; init; }

    /// <summary>The location code of its data centre.</summary>
    public string? LocationCode { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
