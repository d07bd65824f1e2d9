using MultiCloudClusters.Emulator.Hosting;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.Emulator.Hosting.EmulatorAccounts;

namespace MultiCloudClusters.Emulator;

/// <summary>Where the emulated OKS API listens and the credentials it accepts.</summary>
public sealed class OksEmulatorEndpoint
{
    internal OksEmulatorEndpoint()
    {
    }

    /// <summary>The base URL, for example <c>http://127.0.0.1:5080/oks/api/v2/</c>.</summary>
    public Uri BaseUrl { get; internal set; } = new("http://127.0.0.1/");

    /// <summary>The access key accepted in the <c>AccessKey</c> header.</summary>
    public string AccessKey { get; } = "EMUOKSACCESSKEY00000";

    /// <summary>The secret key accepted in the <c>SecretKey</c> header.</summary>
    public string SecretKey { get; } = "emu-oks-secret-key-0000000000000000000000";

    /// <summary>The login accepted with HTTP Basic.</summary>
    public string Username { get; } = "emulator";

    /// <summary>The password accepted with HTTP Basic.</summary>
    public string Password { get; } = "emu-oks-password";

    /// <summary>The Region projects are created in.</summary>
    public string Region { get; } = "eu-west-2";

    /// <summary>
    /// New options that point a <see cref="OksClusterProvider"/> built without a container at this emulator, e.g.
    /// <c>new OksClusterProvider(emu.Oks.CreateOptions())</c>; the machine's OKS CLI configuration (environment, <c>~/.oks_cli</c>) is not read. Each call gives a fresh object to change as needed.
    /// </summary>
    /// <returns>The options.</returns>
    public OksOptions CreateOptions() => Section(Settings()).Get<OksOptions>()!;

    /// <summary>The options' configuration keys and values on this emulator: the one description behind
    /// <see cref="CreateOptions"/>, <see cref="EmulatorBuilderExtensions"/> and <see cref="MultiCloudEmulator.GetConfigurationValues"/>.</summary>
    internal KeyValuePair<string, string>[] Settings() =>
        [Setting("Endpoint", BaseUrl), Setting("AccessKey", AccessKey), Setting("SecretKey", SecretKey), Setting("UseCliConfiguration", false)];

    /// <inheritdoc />
    public override string ToString() => $"OKS {BaseUrl} AccessKey={AccessKey} SecretKey=*** Username={Username} Password=***";
}
