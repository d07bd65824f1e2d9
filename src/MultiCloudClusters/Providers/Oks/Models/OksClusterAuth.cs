using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Extra ways to sign in to an OKS cluster's Kubernetes API (in answers and in <see cref="OksClusterOptions.Auth"/>).</summary>
public sealed class OksClusterAuth
{
    /// <summary>OpenID Connect settings of the API server, or null for none.</summary>
    public OksOidcConfig? Oidc { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none); sent back as they are when this object is part of a request.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
