using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The OIDC settings to sign in to a cluster. <see cref="ToString"/> never shows the client secret.</summary>
public sealed class AmeOidcConfig
{
    internal AmeOidcConfig(Generated.OidcConfig config)
    {
        Endpoint = config.Endpoint;
        CaCertificate = config.CaCertificate;
        IssuerUrl = config.IssuerUrl;
        ClientId = config.ClientId;
        ClientSecret = config.ClientSecret;
    }

    /// <summary>The Kubernetes API server's address.</summary>
    public string? Endpoint { get; }

    /// <summary>The API server's CA certificate (PEM).</summary>
    public string? CaCertificate { get; }

    /// <summary>The OIDC issuer.</summary>
    public string? IssuerUrl { get; }

    /// <summary>The OIDC client id.</summary>
    public string? ClientId { get; }

    /// <summary>The OIDC client secret, when the client has one (secret).</summary>
    public string? ClientSecret { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"AmeOidcConfig(endpoint {Endpoint ?? "?"}, issuer {IssuerUrl ?? "?"}, client {ClientId ?? "?"}, client secret {(ClientSecret is null ? "none" : "hidden")})";
}
