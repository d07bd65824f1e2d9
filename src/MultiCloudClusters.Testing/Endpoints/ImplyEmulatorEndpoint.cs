namespace MultiCloudClusters.Emulator;

/// <summary>Where the emulated Imply Cloud Manager API listens and the credentials it accepts.</summary>
public sealed class ImplyEmulatorEndpoint
{
    internal ImplyEmulatorEndpoint()
    {
    }

    /// <summary>The base URL, for example <c>http://127.0.0.1:5080/imply/api/v1/</c>.</summary>
    public Uri BaseUrl { get; internal set; } = new("http://127.0.0.1/");

    /// <summary>The OAuth client-credentials token endpoint, for example <c>http://127.0.0.1:5080/imply/oauth/token</c>.</summary>
    public Uri TokenEndpoint { get; internal set; } = new("http://127.0.0.1/");

    /// <summary>A ready access token that is always accepted as <c>Authorization: Bearer</c>.</summary>
    public string AccessToken { get; } = "emu-imply-access-token";

    /// <summary>The OAuth client id accepted by the token endpoint.</summary>
    public string ClientId { get; } = "emu-imply-client";

    /// <summary>The OAuth client secret accepted by the token endpoint.</summary>
    public string ClientSecret { get; } = "emu-imply-client-secret";

    /// <inheritdoc />
    public override string ToString() => $"Imply {BaseUrl} AccessToken=*** TokenEndpoint={TokenEndpoint} ClientId={ClientId} ClientSecret=***";
}
