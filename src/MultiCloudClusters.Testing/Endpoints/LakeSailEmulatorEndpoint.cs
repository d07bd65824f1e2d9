using MultiCloudClusters.Emulator.Hosting;
using MultiCloudClusters.Providers.LakeSail;
using static MultiCloudClusters.Emulator.Hosting.EmulatorAccounts;

namespace MultiCloudClusters.Emulator;

/// <summary>Where the emulated LakeSail platform API listens and the token it accepts.</summary>
public sealed class LakeSailEmulatorEndpoint
{
    internal LakeSailEmulatorEndpoint()
    {
    }

    /// <summary>The base URL, for example <c>http://127.0.0.1:5080/lakesail/api/v1/</c>.</summary>
    public Uri BaseUrl { get; internal set; } = new("http://127.0.0.1/");

    /// <summary>The API token accepted as <c>Authorization: Bearer</c>.</summary>
    public string ApiToken { get; } = "emu-lakesail-api-token";

    /// <summary>
    /// New options that point a <see cref="LakeSailConnectionProvider"/> built without a container at this emulator, e.g.
    /// <c>new LakeSailConnectionProvider(emu.LakeSail.CreateOptions())</c>; <c>LAKESAIL_API_TOKEN</c> is not read. Each call gives a fresh object to change as needed.
    /// </summary>
    /// <returns>The options.</returns>
    public LakeSailOptions CreateOptions() => Section(Settings()).Get<LakeSailOptions>()!;

    /// <summary>The options' configuration keys and values on this emulator: the one description behind
    /// <see cref="CreateOptions"/>, <see cref="EmulatorBuilderExtensions"/> and <see cref="MultiCloudEmulator.GetConfigurationValues"/>.</summary>
    internal KeyValuePair<string, string>[] Settings() =>
        [Setting("Endpoint", BaseUrl), Setting("ApiToken", ApiToken), Setting("UseEnvironment", false)];

    /// <inheritdoc />
    public override string ToString() => $"LakeSail {BaseUrl} ApiToken=***";
}
