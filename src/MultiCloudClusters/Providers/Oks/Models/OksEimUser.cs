using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>An EIM user made for an OKS project, with its access keys. <see cref="ToString"/> never shows a secret key.</summary>
public sealed class OksEimUser : ProviderResult
{
    /// <summary>The user name.</summary>
    public string? UserName { get; init; }

    /// <summary>Its access keys (empty when none).</summary>
    public IReadOnlyList<OksEimAccessKey> AccessKeys { get; init; } = [];

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"OksEimUser {UserName} ({AccessKeys.Count} access key(s), secrets hidden)";
}
