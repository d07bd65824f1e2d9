using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// A name and a value: an AWS tag of <c>spec.awsTags</c> or a Druid runtime property of a <c>*RuntimeProperties</c>
/// list (e.g. <c>druid.server.http.numThreads</c> = <c>40</c>).
/// </summary>
/// <remarks>A runtime property may hold a password; <see cref="object.ToString"/> is not overridden and shows neither member.</remarks>
public sealed class ImplyNameValue
{
    /// <summary>The name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The value (<c>value</c>).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>Members the API sent that this type does not know; sent back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
