using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The specification of a <c>NetPeeringAcceptance</c> object.</summary>
public sealed class OksNetPeeringAcceptanceSpec
{
    /// <summary>The peering to accept.</summary>
    public string? NetPeeringId { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
