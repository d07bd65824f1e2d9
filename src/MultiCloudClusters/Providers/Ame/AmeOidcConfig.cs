using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The OIDC settings to sign in to a cluster. <see cref="ToString"/> never shows the client secret.</summary>
public sealed class AmeOidcConfig : ProviderResult
{
    /// <summary>The Kubernetes API server's address (<c>endpoint</c>).</summary>
    public string? Endpoint { get; init; }

    /// <summary>The API server's CA certificate, PEM (<c>caCertificate</c>).</summary>
    public string? CaCertificate { get; init; }

    /// <summary>The OIDC issuer (<c>issuerUrl</c>).</summary>
    public string? IssuerUrl { get; init; }

    /// <summary>The OIDC client id (<c>clientId</c>).</summary>
    public string? ClientId { get; init; }

    /// <summary>The OIDC client secret, when the client has one (<c>clientSecret</c>; secret).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() =>
        $"AmeOidcConfig(endpoint {Endpoint ?? "?"}, issuer {IssuerUrl ?? "?"}, client {ClientId ?? "?"}, client secret {(ClientSecret is null ? "none" : "hidden")})";
}
