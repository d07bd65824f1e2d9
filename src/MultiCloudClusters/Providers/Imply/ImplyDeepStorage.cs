using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Long-term segment storage (<c>spec.deepStorage</c>).</summary>
public sealed class ImplyDeepStorage
{
    /// <summary>The storage location, e.g. <c>s3://bucket/prefix</c> (<c>path</c>); an overwrite needs it when deep storage is given.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; set; }

    /// <summary>Whether segments are encrypted (<c>encrypt</c>).</summary>
    [JsonPropertyName("encrypt")]
    public bool? Encrypt { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
