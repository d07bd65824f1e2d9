using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>A Net (virtual network) of an OKS project.</summary>
public sealed class OksNet : ProviderResult
{
    /// <summary>The Net id.</summary>
    public string? NetId { get; init; }

    /// <summary>Its IP range.</summary>
    public string? IpRange { get; init; }

    /// <summary>Its state, e.g. <c>available</c>.</summary>
    public string? State { get; init; }

    /// <summary>Its tenancy, e.g. <c>default</c>.</summary>
    public string? Tenancy { get; init; }

    /// <summary>The DHCP options set it uses.</summary>
    public string? DhcpOptionsSetId { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
