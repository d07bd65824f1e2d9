using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Which admission plugins a Kubernetes version of OKS can turn on or off, and its default set.</summary>
public sealed class OksAdmissionPlugins : ProviderResult
{
    /// <summary>Plugins that can be turned on (empty when none).</summary>
    public IReadOnlyList<string> CanEnable { get; init; } = [];

    /// <summary>Plugins that can be turned off (empty when none).</summary>
    public IReadOnlyList<string> CanDisable { get; init; } = [];

    /// <summary>Plugins on by default (empty when none).</summary>
    public IReadOnlyList<string> Defaults { get; init; } = [];

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
