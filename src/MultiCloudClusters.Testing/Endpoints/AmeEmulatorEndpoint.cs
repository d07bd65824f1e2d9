using MultiCloudClusters.Emulator.Hosting;
using MultiCloudClusters.Providers.Ame;
using static MultiCloudClusters.Emulator.Hosting.EmulatorAccounts;

namespace MultiCloudClusters.Emulator;

/// <summary>Where the emulated Avisi Cloud AME API listens and the credentials it accepts.</summary>
public sealed class AmeEmulatorEndpoint
{
    internal AmeEmulatorEndpoint()
    {
    }

    /// <summary>The base URL, for example <c>http://127.0.0.1:5080/ame/</c>; AME paths carry <c>/api/v1</c> themselves.</summary>
    public Uri BaseUrl { get; internal set; } = new("http://127.0.0.1/");

    /// <summary>The personal access token accepted as <c>Authorization: Token &lt;pat&gt;</c>.</summary>
    public string PersonalAccessToken { get; } = "emu-ame-personal-access-token";

    /// <summary>The organisation slug that exists.</summary>
    public string Organisation { get; } = "emulator-org";

    /// <summary>The environment slugs that exist in the organisation.</summary>
    public IReadOnlyList<string> Environments { get; } = ["production", "staging"];

    /// <summary>The cloud account identity to use when creating clusters.</summary>
    public Guid CloudAccountIdentity { get; } = new("0f6c2f0e-5d5a-4b8e-9a57-0e6d7b0c1a11");

    /// <summary>
    /// New options that point a <see cref="AmeClusterProvider"/> built without a container at this emulator, e.g.
    /// <c>new AmeClusterProvider(emu.Ame.CreateOptions())</c>; <c>ACLOUD_TOKEN</c> and <c>ACLOUD_API_ENDPOINT</c> are not read. Each call gives a fresh object to change as needed.
    /// </summary>
    /// <returns>The options.</returns>
    public AmeOptions CreateOptions() => Section(Settings()).Get<AmeOptions>()!;

    /// <summary>The options' configuration keys and values on this emulator: the one description behind
    /// <see cref="CreateOptions"/>, <see cref="EmulatorBuilderExtensions"/> and <see cref="MultiCloudEmulator.GetConfigurationValues"/>.</summary>
    internal KeyValuePair<string, string>[] Settings() =>
        [Setting("Endpoint", BaseUrl), Setting("Organisation", Organisation), Setting("PersonalAccessToken", PersonalAccessToken), Setting("UseEnvironmentVariables", false)];

    /// <inheritdoc />
    public override string ToString() => $"AME {BaseUrl} Organisation={Organisation} PersonalAccessToken=***";
}
