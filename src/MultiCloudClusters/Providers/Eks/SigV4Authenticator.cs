using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Signs every attempt of an AWS request with Signature Version 4 at the current time, with credentials fetched
/// from a source for each attempt (the source caches and refreshes them as it sees fit).
/// </summary>
internal sealed class SigV4Authenticator : IRequestAuthenticator
{
    private readonly Func<CancellationToken, ValueTask<AwsCredentials>> _credentials;
    private readonly string _region;
    private readonly string _service;
    private readonly TimeProvider _timeProvider;
    private readonly SigV4Signer _signer;

    /// <summary>Creates the authenticator.</summary>
    /// <param name="credentials">Returns the credentials to sign with; called for every attempt.</param>
    /// <param name="region">The AWS region of the endpoint.</param>
    /// <param name="service">The signing name of the service; <c>eks</c> by default.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="signer">The signer; a default <see cref="SigV4Signer"/> (no <c>x-amz-content-sha256</c>) by default.</param>
    public SigV4Authenticator(
        Func<CancellationToken, ValueTask<AwsCredentials>> credentials,
        string region,
        string service = "eks",
        TimeProvider? timeProvider = null,
        SigV4Signer? signer = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        _credentials = credentials;
        _region = region;
        _service = service;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _signer = signer ?? new SigV4Signer();
    }

    /// <inheritdoc />
    public async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = await _credentials(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The AWS credentials source returned no credentials.");
        await _signer.SignAsync(request, credentials, _region, _service, _timeProvider.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
    }
}
