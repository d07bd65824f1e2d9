using System.Text.RegularExpressions;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Resolves the region, endpoint and credential source of <see cref="EksOptions"/>. Credentials, first configured
/// wins: the explicit access key, <see cref="EksOptions.CredentialSource"/>, <see cref="EksOptions.Profile"/>, then
/// the AWS SDK's default chain (resolved lazily, at the first signed request, so start-up never waits on the network).
/// </summary>
internal static partial class EksConfigurationResolver
{
    /// <summary>The resolved settings.</summary>
    public sealed record Resolved(Uri Endpoint, string Region, AwsCredentialSource Credentials);

    public static Resolved Resolve(EksOptions options, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        environment ??= Environment.GetEnvironmentVariable;
        new RequestValidator().CheckApplicationName("Eks.ApplicationName", options.ApplicationName).ThrowIfInvalid();
        var sdk = options.UseSdkDefaults;

        var credentials = ExplicitCredentials(options) ?? options.CredentialSource;
        CredentialProfile? profile = null;
        if (!string.IsNullOrWhiteSpace(options.Profile))
        {
            var chain = options.SharedCredentialsFile is null ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(options.SharedCredentialsFile);
            if (!chain.TryGetProfile(options.Profile, out profile))
            {
                throw Invalid("Profile", $"'{options.Profile}' was not found in the shared AWS files");
            }

            credentials ??= AwsCredentialSource.FromProfile(options.Profile, options.SharedCredentialsFile);
        }

        if (credentials is null)
        {
            credentials = sdk
                ? AwsCredentialSource.DefaultChain()
                : throw Invalid("AccessKeyId", "and SecretAccessKey, CredentialSource or Profile must be set when UseSdkDefaults is off");
        }

        var region = FirstSet(options.Region, environment("AWS_REGION"), environment("AWS_DEFAULT_REGION"), profile?.Region?.SystemName)
            ?? (sdk ? SdkRegion() : null)
            ?? throw Invalid("Region", "is required (set it, AWS_REGION, or a region in the AWS profile)");
        region = region.Trim();
        if (!RegionPattern().IsMatch(region))
        {
            throw Invalid("Region", $"must look like an AWS region code such as us-east-1 (got '{region}')");
        }

        var endpoint = options.Endpoint ?? new Uri($"https://eks.{region}.{DnsSuffix(region)}/");
        if (EndpointRules.Check("Endpoint", endpoint) is { } problem)
        {
            throw Invalid("Endpoint", problem["Endpoint ".Length..]);
        }

        return new Resolved(EndpointRules.AsBaseAddress(endpoint), region, credentials);
    }

    private static AwsCredentialSource? ExplicitCredentials(EksOptions options)
    {
        var hasId = !string.IsNullOrWhiteSpace(options.AccessKeyId);
        var hasSecret = !string.IsNullOrWhiteSpace(options.SecretAccessKey);
        if (!hasId && !hasSecret)
        {
            return string.IsNullOrWhiteSpace(options.SessionToken)
                ? null
                : throw Invalid("SessionToken", "needs AccessKeyId and SecretAccessKey");
        }

        return hasId && hasSecret
            ? AwsCredentialSource.FromCredentials(new AwsCredentials(options.AccessKeyId!, options.SecretAccessKey!, options.SessionToken, "Eks", null), "options")
            : throw Invalid("AccessKeyId", "and SecretAccessKey must be set together");
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? SdkRegion()
    {
        try
        {
            return FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
        }
        catch (AmazonClientException)
        {
            return null;
        }
    }

    private static string DnsSuffix(string region)
    {
        // Known regions carry their partition's suffix (amazonaws.com.cn in China); unknown ones get the AWS default.
        var suffix = RegionEndpoint.GetBySystemName(region)?.PartitionDnsSuffix;
        return string.IsNullOrWhiteSpace(suffix) ? "amazonaws.com" : suffix;
    }

    private static InvalidRequestException Invalid(string field, string rule) => new([new FieldError("Eks." + field, rule)]);

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex RegionPattern();
}
