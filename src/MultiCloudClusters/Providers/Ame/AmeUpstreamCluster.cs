using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The cluster this one follows for upgrades, as reported (<c>upstreamCluster</c>).</summary>
public sealed class AmeUpstreamCluster
{
    /// <summary>The upstream cluster's identity (<c>identity</c>).</summary>
    public string? Identity { get; init; }

    /// <summary>Its slug (<c>slug</c>).</summary>
    public string? Slug { get; init; }

    /// <summary>The slug of its environment (<c>environmentSlug</c>).</summary>
    public string? EnvironmentSlug { get; init; }

    /// <summary>Its version (<c>version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
