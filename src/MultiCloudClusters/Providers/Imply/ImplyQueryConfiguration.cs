using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>The query tier, broker and router (<c>spec.query</c>).</summary>
public sealed class ImplyQueryConfiguration
{
    /// <summary>How many query servers run, 0 or more (<c>replicas</c>).</summary>
    [JsonPropertyName("replicas")]
    public int? Replicas { get; set; }

    /// <summary>The machine type (<c>instanceType</c>).</summary>
    [JsonPropertyName("instanceType")]
    public string? InstanceType { get; set; }

    /// <summary>Druid runtime properties of the broker (<c>brokerRuntimeProperties</c>).</summary>
    [JsonPropertyName("brokerRuntimeProperties")]
    public IList<ImplyNameValue>? BrokerRuntimeProperties { get; set; }

    /// <summary>Druid runtime properties of the router (<c>routerRuntimeProperties</c>).</summary>
    [JsonPropertyName("routerRuntimeProperties")]
    public IList<ImplyNameValue>? RouterRuntimeProperties { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
