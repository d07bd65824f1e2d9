using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Who may use a cloud resource.</summary>
public sealed class OksResourcePermissions
{
    /// <summary>Non-zero when everybody may use it.</summary>
    public int? GlobalPermission { get; init; }

    /// <summary>The accounts that may use it (empty when none).</summary>
    public IReadOnlyList<string> AccountIds { get; init; } = [];

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
