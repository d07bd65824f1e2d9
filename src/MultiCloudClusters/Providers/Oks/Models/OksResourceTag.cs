using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>A cloud resource tag (key and value).</summary>
public sealed class OksResourceTag
{
    /// <summary>The tag key.</summary>
    public string? Key { get; init; }

    /// <summary>The tag value.</summary>
    public string? Value { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
