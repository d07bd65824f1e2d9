using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Where AWS credentials come from: fixed keys, a named profile of the shared AWS files, or the AWS SDK's default
/// chain (environment, profiles, SSO, web identity, container and instance metadata). Asked once per signed
/// attempt; sources of expiring credentials (the SDK's) cache them and refresh them before they expire.
/// <see cref="ToString"/> names the source, never a key.
/// </summary>
public sealed class AwsCredentialSource
{
    private readonly Func<CancellationToken, ValueTask<AwsCredentials>> _resolve;

    private AwsCredentialSource(string description, Func<CancellationToken, ValueTask<AwsCredentials>> resolve)
    {
        Description = description;
        _resolve = resolve;
    }

    /// <summary>Where the credentials come from, e.g. <c>options</c>, <c>profile 'dev'</c> or <c>AWS SDK default chain</c>.</summary>
    public string Description { get; }

    /// <summary>Always the same credentials.</summary>
    /// <param name="credentials">The credentials.</param>
    /// <param name="description">Where they came from (shown by <see cref="ToString"/>).</param>
    public static AwsCredentialSource FromCredentials(AwsCredentials credentials, string description = "fixed credentials")
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return new AwsCredentialSource(description, _ => ValueTask.FromResult(credentials));
    }

    /// <summary>Credentials of the AWS SDK (any kind, refreshing ones included); asked on every call.</summary>
    /// <param name="credentials">The SDK credentials.</param>
    /// <param name="description">Where they came from (shown by <see cref="ToString"/>).</param>
    public static AwsCredentialSource FromSdkCredentials(AWSCredentials credentials, string description = "AWS SDK credentials")
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return new AwsCredentialSource(description, ct => FromSdkAsync(() => Task.FromResult(credentials), description, ct));
    }

    /// <summary>
    /// The credentials of a named profile of the shared AWS files (<c>~/.aws/credentials</c> and <c>~/.aws/config</c>,
    /// SSO and assume-role profiles included), read now.
    /// </summary>
    /// <param name="profileName">The profile name.</param>
    /// <param name="credentialsFile">Another shared credentials file, or null for the standard locations.</param>
    /// <exception cref="InvalidRequestException">The profile does not exist or gives no credentials.</exception>
    public static AwsCredentialSource FromProfile(string profileName, string? credentialsFile = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profileName);
        var chain = credentialsFile is null ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(credentialsFile);
        AWSCredentials? credentials;
        try
        {
            chain.TryGetAWSCredentials(profileName, out credentials);
        }
        catch (Exception ex) when (ex is AmazonClientException or IOException or InvalidOperationException or ArgumentException)
        {
            credentials = null;
        }

        if (credentials is null)
        {
            throw new InvalidRequestException([new FieldError("Eks.Profile", $"'{profileName}' was not found in the shared AWS files or gives no credentials")]);
        }

        return FromSdkCredentials(credentials, $"profile '{profileName}'");
    }

    /// <summary>
    /// The AWS SDK's default chain, resolved on first use and cached by the SDK (which notices changed environment
    /// variables and credential files, and refreshes expiring credentials).
    /// </summary>
    public static AwsCredentialSource DefaultChain()
    {
        const string description = "AWS SDK default chain";
        return new AwsCredentialSource(description, ct => FromSdkAsync(() => DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(null), description, ct));
    }

    /// <summary>Credentials from a delegate of the caller's, asked on every call.</summary>
    /// <param name="resolve">Returns the credentials to sign with.</param>
    /// <param name="description">Where they come from (shown by <see cref="ToString"/>).</param>
    public static AwsCredentialSource FromDelegate(Func<CancellationToken, ValueTask<AwsCredentials>> resolve, string description = "custom source")
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return new AwsCredentialSource(description, resolve);
    }

    /// <summary>The credentials to sign the next attempt with.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <exception cref="CloudUnauthorizedException">No credentials could be obtained.</exception>
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) => _resolve(cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"AwsCredentialSource({Description}, values hidden)";

    private static async ValueTask<AwsCredentials> FromSdkAsync(Func<Task<AWSCredentials>> resolve, string description, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var credentials = await resolve().WaitAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The AWS SDK returned no credentials.");

            // Refreshing credentials (SSO, assumed roles, instance metadata) renew themselves here before they expire.
            var current = await credentials.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            if (current is null || string.IsNullOrWhiteSpace(current.AccessKey) || string.IsNullOrWhiteSpace(current.SecretKey))
            {
                throw new InvalidOperationException("The AWS SDK returned empty credentials.");
            }

            // Checked on every attempt: the chain may hand out new credentials at any time.
            return new AwsCredentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null, "Eks", "from the " + description);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not CloudApiException and not InvalidRequestException)
        {
            // Our own message: the SDK's may name files or endpoints, never keys, but we keep it to the inner exception.
            throw new CloudUnauthorizedException(new CloudError
            {
                Provider = "eks",
                StatusCode = 0,
                ErrorCode = "CredentialsUnavailable",
                Message = $"No AWS credentials could be obtained from the {description} ({ex.GetType().Name}); set EksOptions.AccessKeyId/SecretAccessKey, a Profile, or the standard AWS environment variables and files",
                RetryableHint = false,
                Kind = CloudErrorKind.Unauthorized,
            }, ex);
        }
    }
}
