using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>The identity of an Imply cluster (<c>metadata</c>).</summary>
public sealed class ImplyClusterMetadata
{
    /// <summary>The display name (<c>name</c>); a create and an overwrite need it.</summary>
    public string? Name { get; init; }

    /// <summary>The id the server gave the cluster (<c>uid</c>), used as the cluster id in every call.</summary>
    public string? Uid { get; init; }

    /// <summary>Members the API sent that this type does not know (sent back by an overwrite).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
