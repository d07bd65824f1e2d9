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

    /// <inheritdoc />
    public override string ToString() => $"LakeSail {BaseUrl} ApiToken=***";
}
