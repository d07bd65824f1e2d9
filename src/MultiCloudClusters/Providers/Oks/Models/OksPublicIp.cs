using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>A public IP allocated to an OKS project.</summary>
public sealed class OksPublicIp : ProviderResult
{
    /// <summary>The address.</summary>
    public string? PublicIp { get; init; }

    /// <summary>The allocation id.</summary>
    public string? PublicIpId { get; init; }

    /// <summary>Its cloud tags (empty when none).</summary>
    public IReadOnlyList<OksResourceTag> Tags { get; init; } = [];

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
