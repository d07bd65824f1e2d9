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

    /// <inheritdoc />
    public override string ToString() => $"EKS {BaseUrl} Region={Region} AccessKeyId={AccessKeyId} SecretAccessKey=***";
}
