using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The OKS limits of the account.</summary>
public sealed class OksQuotas : ProviderResult
{
    /// <summary>How many projects the account may have.</summary>
    public int? Projects { get; init; }

    /// <summary>How many clusters a project may hold.</summary>
    public int? ClustersPerProject { get; init; }

    /// <summary>The Kubernetes versions allowed (empty when none).</summary>
    public IReadOnlyList<string> KubernetesVersions { get; init; } = [];

    /// <summary>The subregions allowed for control planes (empty when none).</summary>
    public IReadOnlyList<string> ControlPlaneSubregions { get; init; } = [];

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
