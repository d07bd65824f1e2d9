using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Settings of the Amazon EKS provider. Credentials left unset here come from <see cref="Profile"/>, then from the
/// AWS SDK's default chain; the region from the usual AWS settings.
/// </summary>
public sealed class EksOptions
{
    /// <summary>The configuration section name: <c>MultiCloudClusters:Eks</c>.</summary>
    public const string SectionName = "MultiCloudClusters:Eks";

    /// <summary>
    /// The AWS region, e.g. <c>us-east-1</c>. When unset: <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the region of
    /// <see cref="Profile"/>, then the AWS SDK's region lookup.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>
    /// An explicit API endpoint (e.g. a local emulator or a VPC endpoint); default <c>https://eks.{region}.amazonaws.com/</c>
    /// (the partition's DNS suffix for China and other partitions). Must be https unless loopback.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>An access key id; with <see cref="SecretAccessKey"/> it takes precedence over every other source.</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>The secret access key of <see cref="AccessKeyId"/>.</summary>
    public string? SecretAccessKey { get; set; }

    /// <summary>The session token of temporary credentials given in <see cref="AccessKeyId"/> and <see cref="SecretAccessKey"/>.</summary>
    public string? SessionToken { get; set; }

    /// <summary>A profile of the shared AWS files (<c>~/.aws/credentials</c>, <c>~/.aws/config</c>) to take credentials and region from.</summary>
    public string? Profile { get; set; }

    /// <summary>Another shared credentials file to read <see cref="Profile"/> from (default: the standard locations).</summary>
    public string? SharedCredentialsFile { get; set; }

    /// <summary>
    /// Whether to fall back on the AWS SDK's default credential chain and region lookup when nothing above is set
    /// (default true). Off, missing credentials or region are a configuration error.
    /// </summary>
    public bool UseSdkDefaults { get; set; } = true;

    /// <summary>Credentials from code (e.g. any AWS SDK credentials); used when no access key is set here.</summary>
    public AwsCredentialSource? CredentialSource { get; set; }

    /// <summary>Your application's product token (e.g. <c>MyApp/1.2</c>), appended to the <c>User-Agent</c> of every request.</summary>
    public string? ApplicationName { get; set; }

    /// <summary>
    /// Retry, timeout and circuit-breaker settings. The defaults follow the AWS SDKs' standard retry mode: 3 attempts
    /// in all, a back-off that starts at 1 s with jitter and never exceeds 20 s.
    /// </summary>
    public ResilienceOptions Resilience { get; set; } = new()
    {
        MaxRetryAttempts = 2,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(20),
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"EksOptions(Region={Region ?? "default"}, Endpoint={Endpoint?.GetLeftPart(UriPartial.Path) ?? "default"}, Profile={Profile ?? "none"}, credentials hidden)";
}
