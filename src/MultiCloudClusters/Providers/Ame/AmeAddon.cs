using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>One add-on setting of a cluster (a value of <c>addons</c>): read from a cluster, and set on create or update.</summary>
public sealed class AmeAddon
{
    /// <summary>Whether the add-on is on (<c>enabled</c>).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The add-on's custom values (<c>customValues</c>); null sends none.</summary>
    public IDictionary<string, string>? CustomValues { get; set; }

    /// <summary>Members this type does not know: kept from an answer, and sent as they are in a request.</summary>
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
