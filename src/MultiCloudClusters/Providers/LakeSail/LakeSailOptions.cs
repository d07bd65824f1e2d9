using MultiCloudClusters.Http;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// Settings of the LakeSail provider. The token comes from <see cref="ApiToken"/> or, when that is unset,
/// from the <c>LAKESAIL_API_TOKEN</c> environment variable.
/// </summary>
public sealed class LakeSailOptions
{
    /// <summary>The configuration section name: <c>MultiCloudClusters:LakeSail</c>.</summary>
    public const string SectionName = "MultiCloudClusters:LakeSail";

    /// <summary>The environment variable read when <see cref="ApiToken"/> is unset.</summary>
    public const string TokenEnvironmentVariable = "LAKESAIL_API_TOKEN";

    /// <summary>The platform's API address.</summary>
    public static readonly Uri DefaultEndpoint = new("https://platform.lakesail.com/api/v1/");

    /// <summary>The API address (default <see cref="DefaultEndpoint"/>). Must be https unless loopback.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>A user session token or service-account API key, sent as <c>Authorization: Bearer …</c>.</summary>
    public string? ApiToken { get; set; }

    /// <summary>Whether to read <c>LAKESAIL_API_TOKEN</c> when <see cref="ApiToken"/> is unset (default true).</summary>
    public bool UseEnvironment { get; set; } = true;

    /// <summary>
    /// Replaces the Bearer scheme, e.g. with a DPoP sender (RFC 9449) for organisations that require it.
    /// When set, <see cref="ApiToken"/> is not required and not used by the library. Set it in code, not in configuration.
    /// </summary>
    public IRequestAuthenticator? Authenticator { get; set; }

    /// <summary>Your application's product token (e.g. <c>MyApp/1.2</c>), appended to the <c>User-Agent</c> of every request.</summary>
    public string? ApplicationName { get; set; }

    /// <summary>Retry, timeout and circuit-breaker settings.</summary>
    public ResilienceOptions Resilience { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() =>
        $"LakeSailOptions(Endpoint={Endpoint?.GetLeftPart(UriPartial.Path) ?? "unset"}, ApiToken={(string.IsNullOrEmpty(ApiToken) ? "unset" : "hidden")}, Authenticator={Authenticator?.GetType().Name ?? "Bearer"})";
}
