using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The cloud quotas and subregions an OKS project sees.</summary>
public sealed class OksProjectQuotas : ProviderResult
{
    /// <summary>
    /// The backend's own request id inside the answer's <c>Project</c> member (<c>request_id</c>), if it sent one; the
    /// request id of the answer itself is <see cref="ProviderResult.RequestId"/>.
    /// </summary>
    public string? BackendRequestId { get; init; }

    /// <summary>The quotas and their use (empty when none).</summary>
    public IReadOnlyList<OksQuota> Quotas { get; init; } = [];

    /// <summary>The subregions (empty when none).</summary>
    public IReadOnlyList<OksSubregion> Subregions { get; init; } = [];

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
