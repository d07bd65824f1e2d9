using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// A region reachable through a LakeSail connection, as the platform sends it: the <c>Native</c> of a <see
/// cref="CloudRegion"/>.
/// </summary>
public sealed class LakeSailRegion : ProviderResult
{
    /// <summary>The cloud, e.g. <c>aws</c>.</summary>
    public string? Provider { get; init; }

    /// <summary>The region code, e.g. <c>us-east-1</c>.</summary>
    public required string RegionCode { get; init; }

    /// <summary>A human-readable name.</summary>
    public string? RegionName { get; init; }

    /// <summary>A grouping label.</summary>
    public string? Group { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailRegion({ServerText.CleanShort(RegionCode)})";
}
