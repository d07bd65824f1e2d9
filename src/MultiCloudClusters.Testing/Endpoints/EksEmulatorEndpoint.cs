using MultiCloudClusters.Emulator.Hosting;
using MultiCloudClusters.Providers.Eks;
using static MultiCloudClusters.Emulator.Hosting.EmulatorAccounts;

namespace MultiCloudClusters.Emulator;

/// <summary>Where the emulated Amazon EKS API listens and the credentials whose SigV4 signatures it accepts.</summary>
public sealed class EksEmulatorEndpoint
{
    internal EksEmulatorEndpoint()
    {
    }

    /// <summary>The base URL, for example <c>http://127.0.0.1:5080/eks/</c>.</summary>
    public Uri BaseUrl { get; internal set; } = new("http://127.0.0.1/");

    /// <summary>The access key id expected in the SigV4 credential scope.</summary>
    public string AccessKeyId { get; } = "AKIAEMULATOR00000000";

    /// <summary>The secret access key signatures are checked with.</summary>
    public string SecretAccessKey { get; } = "emuSecretAccessKey/00000000000000000000000";

    /// <summary>The Region expected in the SigV4 credential scope.</summary>
    public string Region { get; } = "us-east-1";

    /// <summary>The account id used in ARNs.</summary>
    public string AccountId { get; } = "123456789012";

    /// <summary>
    /// New options that point a <see cref="EksClusterProvider"/> built without a container at this emulator, e.g.
    /// <c>new EksClusterProvider(emu.Eks.CreateOptions())</c>; the AWS SDK's default credential chain and profiles are not read. Each call gives a fresh object to change as needed.
    /// </summary>
    /// <returns>The options.</returns>
    public EksOptions CreateOptions() => Section(Settings()).Get<EksOptions>()!;

    /// <summary>The options' configuration keys and values on this emulator: the one description behind
    /// <see cref="CreateOptions"/>, <see cref="EmulatorBuilderExtensions"/> and <see cref="MultiCloudEmulator.GetConfigurationValues"/>.</summary>
    internal KeyValuePair<string, string>[] Settings() =>
        [Setting("Endpoint", BaseUrl), Setting("Region", Region), Setting("AccessKeyId", AccessKeyId), Setting("SecretAccessKey", SecretAccessKey), Setting("UseSdkDefaults", false)];

    /// <inheritdoc />
    public override string ToString() => $"EKS {BaseUrl} Region={Region} AccessKeyId={AccessKeyId} SecretAccessKey=***";
}
