using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// AWS credentials used to sign requests with Signature Version 4: an access key pair and, for temporary
/// credentials (STS, SSO, assumed roles), a session token. Immutable; <see cref="ToString"/> never shows
/// the secret access key or the session token.
/// </summary>
public sealed class AwsCredentials
{
    /// <summary>Creates credentials.</summary>
    /// <param name="accessKeyId">The access key id (for example <c>AKIA...</c> or <c>ASIA...</c>).</param>
    /// <param name="secretAccessKey">The secret access key.</param>
    /// <param name="sessionToken">The session token of temporary credentials; <see langword="null"/> or empty for long-term keys.</param>
    /// <exception cref="ArgumentException">The access key id or the secret access key is null, empty or white space.</exception>
    /// <exception cref="InvalidRequestException">
    /// The access key id or the session token (both sent in headers) contains whitespace, control characters or non-ASCII.
    /// </exception>
    public AwsCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null)
        : this(accessKeyId, secretAccessKey, sessionToken, nameof(AwsCredentials), null)
    {
    }

    /// <summary>Creates credentials, naming the option they came from when a header-bound value is refused.</summary>
    /// <param name="accessKeyId">The access key id.</param>
    /// <param name="secretAccessKey">The secret access key (only a signing key is derived from it: never sent).</param>
    /// <param name="sessionToken">The session token, or null.</param>
    /// <param name="owner">The prefix of the field names in an error, e.g. <c>Eks</c>.</param>
    /// <param name="source">Where the values came from, added to an error, or null.</param>
    internal AwsCredentials(string accessKeyId, string secretAccessKey, string? sessionToken, string owner, string? source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretAccessKey);
        new RequestValidator()
            .CheckToken(owner + ".AccessKeyId", accessKeyId, source)
            .CheckToken(owner + ".SessionToken", sessionToken, source)
            .ThrowIfInvalid();
        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        SessionToken = string.IsNullOrEmpty(sessionToken) ? null : sessionToken;
    }

    /// <summary>The access key id; it appears in clear in the <c>Credential=</c> part of each signature.</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key; it never leaves the process, only keys derived from it sign requests.</summary>
    public string SecretAccessKey { get; }

    /// <summary>The session token of temporary credentials, or <see langword="null"/> for long-term keys.</summary>
    public string? SessionToken { get; }

    /// <summary>
    /// Shows the access key id masked except for its last 4 characters, and whether a session token is present;
    /// never the secret access key or the token.
    /// </summary>
    /// <returns>For example <c>AwsCredentials { AccessKeyId = ****************MPLE, SessionToken = (none) }</c>.</returns>
    public override string ToString()
    {
        var id = AccessKeyId.Length <= 4
            ? new string('*', AccessKeyId.Length)
            : string.Concat(new string('*', AccessKeyId.Length - 4), AccessKeyId.AsSpan(AccessKeyId.Length - 4));
        return $"AwsCredentials {{ AccessKeyId = {id}, SessionToken = {(SessionToken is null ? "(none)" : "(present)")} }}";
    }
}
