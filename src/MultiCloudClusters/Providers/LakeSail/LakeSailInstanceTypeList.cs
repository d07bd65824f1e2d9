using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// The instance types of a LakeSail connection together with the platform's sizing metadata.
/// </summary>
public sealed class LakeSailInstanceTypeList : ProviderResult
{
    /// <summary>The instance types.</summary>
    public IReadOnlyList<LakeSailInstanceType> Items { get; init; } = [];

    /// <summary>The capacity reserved for system workloads, when the platform sent it.</summary>
    public LakeSailInstanceTypeMetadata? Metadata { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailInstanceTypeList({Items.Count} type(s))";
}
