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

    /// <inheritdoc />
    public override string ToString() => $"OKS {BaseUrl} AccessKey={AccessKey} SecretKey=*** Username={Username} Password=***";
}
