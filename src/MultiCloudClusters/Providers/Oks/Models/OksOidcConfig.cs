using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>OpenID Connect settings of an OKS cluster's Kubernetes API server.</summary>
public sealed class OksOidcConfig
{
    /// <summary>The issuer URL (required).</summary>
    public string IssuerUrl { get; init; } = string.Empty;

    /// <summary>The client id (required).</summary>
    public string ClientId { get; init; } = string.Empty;

    /// <summary>The claim that holds the user name.</summary>
    public string? UsernameClaim { get; init; }

    /// <summary>A prefix put before user names.</summary>
    public string? UsernamePrefix { get; init; }

    /// <summary>The claims that hold the groups (empty when none).</summary>
    public IReadOnlyList<string> GroupsClaim { get; init; } = [];

    /// <summary>A prefix put before group names.</summary>
    public string? GroupsPrefix { get; init; }

    /// <summary>Claims that must be present, with their value (a JSON string, boolean or number; empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> RequiredClaims { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none); sent back as they are when this object is part of a request.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
