using MultiCloudClusters.Emulator.Hosting;
using MultiCloudClusters.Providers.Imply;
using static MultiCloudClusters.Emulator.Hosting.EmulatorAccounts;

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

    /// <summary>
    /// New options that point a <see cref="ImplyClusterProvider"/> built without a container at this emulator, e.g.
    /// <c>new ImplyClusterProvider(emu.Imply.CreateOptions())</c>; the OAuth client-credentials grant of the emulator's token endpoint is used. Each call gives a fresh object to change as needed.
    /// </summary>
    /// <returns>The options.</returns>
    public ImplyOptions CreateOptions() => Section(Settings()).Get<ImplyOptions>()!;

    /// <summary>The options' configuration keys and values on this emulator: the one description behind
    /// <see cref="CreateOptions"/>, <see cref="EmulatorBuilderExtensions"/> and <see cref="MultiCloudEmulator.GetConfigurationValues"/>.</summary>
    internal KeyValuePair<string, string>[] Settings() =>
        [Setting("Endpoint", BaseUrl), Setting("ClientId", ClientId), Setting("ClientSecret", ClientSecret), Setting("TokenEndpoint", TokenEndpoint)];

    /// <inheritdoc />
    public override string ToString() => $"Imply {BaseUrl} AccessToken=*** TokenEndpoint={TokenEndpoint} ClientId={ClientId} ClientSecret=***";
}
