using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>The master tier, coordinator and overlord (<c>spec.master</c>).</summary>
public sealed class ImplyMasterConfiguration
{
    /// <summary>How many master servers run, 0 or more (<c>replicas</c>).</summary>
    [JsonPropertyName("replicas")]
    public int? Replicas { get; set; }

    /// <summary>The machine type, e.g. <c>t2.small</c> (<c>instanceType</c>).</summary>
    [JsonPropertyName("instanceType")]
    public string? InstanceType { get; set; }

    /// <summary>Druid runtime properties of the coordinator (<c>coordinatorRuntimeProperties</c>).</summary>
    [JsonPropertyName("coordinatorRuntimeProperties")]
    public IList<ImplyNameValue>? CoordinatorRuntimeProperties { get; set; }

    /// <summary>Druid runtime properties of the overlord (<c>overlordRuntimeProperties</c>).</summary>
    [JsonPropertyName("overlordRuntimeProperties")]
    public IList<ImplyNameValue>? OverlordRuntimeProperties { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
