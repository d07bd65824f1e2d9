using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The specification of a <c>NetPeeringRequest</c> object.</summary>
public sealed class OksNetPeeringRequestSpec
{
    /// <summary>The Net to peer with.</summary>
    public string? AccepterNetId { get; init; }

    /// <summary>The account that owns that Net.</summary>
    public string? AccepterOwnerId { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
