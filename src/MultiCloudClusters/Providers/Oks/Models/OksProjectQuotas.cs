using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The cloud quotas and subregions an OKS project sees.</summary>
public sealed class OksProjectQuotas
{
    /// <summary>The backend's request id for this answer, if it sent one.</summary>
    public string? RequestId { get; init; }

    /// <summary>The quotas and their use (empty when none).</summary>
    public IReadOnlyList<OksQuota> Quotas { get; init; } = [];

    /// <summary>The subregions (empty when none).</summary>
    public IReadOnlyList<OksSubregion> Subregions { get; init; } = [];

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
