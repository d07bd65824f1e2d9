using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>A <c>NetPeeringRequest</c> Kubernetes object, as OKS's template gives it (applied inside a cluster).</summary>
public sealed class OksNetPeeringRequest : ProviderResult
{
    /// <summary>The object's <c>apiVersion</c>.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>The object's <c>kind</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>Its metadata.</summary>
    public OksObjectMetadata? Metadata { get; init; }

    /// <summary>Its specification.</summary>
    public OksNetPeeringRequestSpec? Spec { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
