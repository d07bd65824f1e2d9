using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// One infrastructure resource a LakeSail operation touches.
/// </summary>
public sealed class LakeSailOperationResource
{
    /// <summary>The resource's URN.</summary>
    public string? Urn { get; init; }

    /// <summary>The resource type.</summary>
    public string? Type { get; init; }

    /// <summary>The resource name.</summary>
    public string? Name { get; init; }

    /// <summary>What is done to it.</summary>
    public string? Operation { get; init; }

    /// <summary>Its state (not a closed list).</summary>
    public string? Status { get; init; }

    /// <summary>The time spent on it so far.</summary>
    public double? Duration { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailOperationResource({ServerText.CleanShort(Type)} {ServerText.CleanShort(Name)}, {ServerText.CleanShort(Status)})";
}
