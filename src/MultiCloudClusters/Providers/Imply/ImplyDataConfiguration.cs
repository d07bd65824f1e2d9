using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>The data servers, historical and middle manager (<c>spec.data</c>): properties shared by every tier, and the tiers.</summary>
public sealed class ImplyDataConfiguration
{
    /// <summary>Druid runtime properties of every historical (<c>historicalRuntimeProperties</c>).</summary>
    [JsonPropertyName("historicalRuntimeProperties")]
    public IList<ImplyNameValue>? HistoricalRuntimeProperties { get; set; }

    /// <summary>Druid runtime properties of every middle manager (<c>middleManagerRuntimeProperties</c>).</summary>
    [JsonPropertyName("middleManagerRuntimeProperties")]
    public IList<ImplyNameValue>? MiddleManagerRuntimeProperties { get; set; }

    /// <summary>The first data tier (<c>tier1</c>).</summary>
    [JsonPropertyName("tier1")]
    public ImplyDataTier? Tier1 { get; set; }

    /// <summary>The second data tier (<c>tier2</c>).</summary>
    [JsonPropertyName("tier2")]
    public ImplyDataTier? Tier2 { get; set; }

    /// <summary>The third data tier (<c>tier3</c>).</summary>
    [JsonPropertyName("tier3")]
    public ImplyDataTier? Tier3 { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
