using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The server's confirmation of <see cref="AmeClusterProvider.SetPrometheusRulesInheritanceAsync"/>.</summary>
public sealed class AmePrometheusRulesInheritanceResult : ProviderResult
{
    /// <summary>The server's message (<c>message</c>).</summary>
    public string? Message { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
