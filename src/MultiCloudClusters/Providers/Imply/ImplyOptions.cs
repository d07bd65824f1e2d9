using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Settings of the Imply Cloud Manager provider: where the API is (<see cref="VanityDomain"/> or
/// <see cref="Endpoint"/>) and how to authenticate — a ready <see cref="AccessToken"/>, or an OAuth 2.0
/// client (<see cref="ClientId"/>, <see cref="ClientSecret"/>, <see cref="TokenEndpoint"/>) that holds the
/// <c>manage-clusters</c> role. Exactly one of the two credential kinds must be set.
/// </summary>
public sealed class ImplyOptions
{
    /// <summary>The configuration section name: <c>MultiCloudClusters:Imply</c>.</summary>
    public const string SectionName = "MultiCloudClusters:Imply";

    /// <summary>The account's vanity domain: <c>acme</c> calls <c>https://acme.implycloud.com/api/v1/</c>.</summary>
    public string? VanityDomain { get; set; }

    /// <summary>
    /// An explicit API base address including <c>/api/v1</c> (e.g. a local emulator); wins over
    /// <see cref="VanityDomain"/>. Must be https unless loopback.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>A ready OAuth 2.0 access token, sent as <c>Authorization: Bearer</c> as given (never refreshed).</summary>
    public string? AccessToken { get; set; }

    /// <summary>The OAuth client id for the client-credentials grant.</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth client secret for the client-credentials grant.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The token endpoint of the client-credentials grant (https unless loopback).</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>The scope to ask the token endpoint for, when it needs one (space-separated).</summary>
    public string? Scope { get; set; }

    /// <summary>Your application's product token (e.g. <c>MyApp/1.2</c>), appended to the <c>User-Agent</c> of every request.</summary>
    public string? ApplicationName { get; set; }

    /// <summary>Retry, timeout and circuit-breaker settings (the per-attempt timeout also bounds token requests).</summary>
    public ResilienceOptions Resilience { get; set; } = new();

    /// <inheritdoc />
    public override string ToString()
    {
        var credentials = AccessToken is { Length: > 0 } ? "access token" : ClientSecret is { Length: > 0 } ? "client credentials" : "no credentials";
        var endpoint = Endpoint?.GetLeftPart(UriPartial.Path) ?? (VanityDomain is null ? "unset" : $"vanity domain {VanityDomain}");
        return $"ImplyOptions(Endpoint={endpoint}, {credentials}, values hidden)";
    }
}
