using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>A custom file placed on the cluster's servers (an item of <c>spec.customFiles</c>).</summary>
public sealed class ImplyCustomFile
{
    /// <summary>The file name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Where the file is fetched from (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
