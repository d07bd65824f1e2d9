using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>A kind of EIM user that can be created in an OKS project.</summary>
public sealed class OksEimUserType : ProviderResult
{
    /// <summary>The type name, e.g. <c>readonly</c>.</summary>
    public string? UserType { get; init; }

    /// <summary>What it may do.</summary>
    public string? Description { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
