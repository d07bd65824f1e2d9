using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>One data tier (<c>spec.data.tier1</c>, <c>tier2</c> or <c>tier3</c>).</summary>
public sealed class ImplyDataTier
{
    /// <summary>How many data servers the tier runs, 0 or more (<c>replicas</c>).</summary>
    [JsonPropertyName("replicas")]
    public int? Replicas { get; set; }

    /// <summary>The machine type, e.g. <c>i3.xlarge</c> (<c>instanceType</c>).</summary>
    [JsonPropertyName("instanceType")]
    public string? InstanceType { get; set; }

    /// <summary>Druid runtime properties of the tier's historicals (<c>historicalRuntimeProperties</c>).</summary>
    [JsonPropertyName("historicalRuntimeProperties")]
    public IList<ImplyNameValue>? HistoricalRuntimeProperties { get; set; }

    /// <summary>Druid runtime properties of the tier's middle managers (<c>middleManagerRuntimeProperties</c>).</summary>
    [JsonPropertyName("middleManagerRuntimeProperties")]
    public IList<ImplyNameValue>? MiddleManagerRuntimeProperties { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
