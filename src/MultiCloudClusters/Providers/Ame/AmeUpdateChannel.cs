using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The update channel a cluster follows (<c>updateChannel</c>).</summary>
public sealed class AmeUpdateChannel
{
    /// <summary>The channel's name, e.g. <c>v1.29</c> (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Whether the channel is still offered (<c>available</c>).</summary>
    public bool? Available { get; init; }

    /// <summary>The Kubernetes version of the channel (<c>kubernetesClusterVersion</c>).</summary>
    public string? KubernetesClusterVersion { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
