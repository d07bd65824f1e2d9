using MultiCloudClusters.Http;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// Settings of the OUTSCALE OKS provider. Credentials left unset here come from the official CLI's
/// environment variables (<c>OKS_ACCESS_KEY</c>, …) and then its profile file (<c>~/.oks_cli/config.json</c>).
/// </summary>
public sealed class OksOptions
{
    /// <summary>The configuration section name: <c>MultiCloudClusters:Oks</c>.</summary>
    public const string SectionName = "MultiCloudClusters:Oks";

    /// <summary>The region, <c>eu-west-2</c> or <c>cloudgouv-eu-west-1</c> (default <c>eu-west-2</c> when nothing else says).</summary>
    public string? Region { get; set; }

    /// <summary>An explicit API endpoint (e.g. a local emulator); overrides the region's URL. Must be https unless loopback.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>A root account access key (sent in the <c>AccessKey</c> header).</summary>
    public string? AccessKey { get; set; }

    /// <summary>The secret key of <see cref="AccessKey"/>.</summary>
    public string? SecretKey { get; set; }

    /// <summary>A login for HTTP Basic authentication.</summary>
    public string? Username { get; set; }

    /// <summary>The password of <see cref="Username"/>.</summary>
    public string? Password { get; set; }

    /// <summary>A JWT access token (with <see cref="RefreshToken"/>); new tokens the server returns are taken up.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The JWT refresh token.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>A one-time password for multi-factor authentication (<c>X-OTP-Code</c>).</summary>
    public string? OtpCode { get; set; }

    /// <summary>A profile of the official CLI's profile file to use (default: <c>OKS_PROFILE</c>, then <c>default</c>).</summary>
    public string? Profile { get; set; }

    /// <summary>The profile file (default <c>~/.oks_cli/config.json</c>).</summary>
    public string? ProfileFile { get; set; }

    /// <summary>Whether to read the official CLI's environment variables and profile file (default true).</summary>
    public bool UseCliConfiguration { get; set; } = true;

    /// <summary>Your application's product token (e.g. <c>MyApp/1.2</c>), appended to the <c>User-Agent</c> of every request.</summary>
    public string? ApplicationName { get; set; }

    /// <summary>Retry, timeout and circuit-breaker settings.</summary>
    public ResilienceOptions Resilience { get; set; } = new();

    /// <inheritdoc />
    public override string ToString() =>
        $"OksOptions(Region={Region ?? "default"}, Endpoint={EndpointRules.Describe(Endpoint)}, credentials hidden)";
}
