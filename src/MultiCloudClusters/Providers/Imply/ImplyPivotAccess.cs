using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>How Pivot is reached (<c>spec.pivot</c>).</summary>
public sealed class ImplyPivotAccess
{
    /// <summary>The access mode, e.g. <c>PROXIED</c> (<c>accessMode</c>); an overwrite needs it (the server answers 500 without).</summary>
    [JsonPropertyName("accessMode")]
    public string? AccessMode { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
