namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// A <see cref="DelegatingHandler"/> that signs every request it passes on with AWS Signature Version 4 for one region
/// and service, at the current time of a <see cref="TimeProvider"/>, with credentials asked of an
/// <see cref="AwsCredentialSource"/> each time (so expiring credentials are refreshed before signing).
/// </summary>
/// <remarks>
/// Place it innermost, next to the network: a handler below it that resends a request (a retry handler) would send
/// the old signature and date again. The EKS provider signs through its own pipeline and does not need this type;
/// it is for calling other AWS APIs, or EKS operations the provider lacks, with a plain <see cref="HttpClient"/>.
/// </remarks>
public sealed class AwsSigV4Handler : DelegatingHandler
{
    private readonly SigV4Authenticator _authenticator;

    /// <summary>Creates the handler.</summary>
    /// <param name="credentials">Where the credentials come from; asked for every request.</param>
    /// <param name="region">The AWS region of the endpoint, e.g. <c>us-east-1</c>.</param>
    /// <param name="service">The signing name of the service, e.g. <c>eks</c>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="signer">The signer; a default <see cref="SigV4Signer"/> by default.</param>
    public AwsSigV4Handler(AwsCredentialSource credentials, string region, string service, TimeProvider? timeProvider = null, SigV4Signer? signer = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _authenticator = new SigV4Authenticator(credentials.GetCredentialsAsync, region, service, timeProvider, signer);
        Credentials = credentials;
        Region = region;
        Service = service;
    }

    /// <summary>Creates the handler with fixed credentials.</summary>
    /// <param name="credentials">The credentials.</param>
    /// <param name="region">The AWS region of the endpoint, e.g. <c>us-east-1</c>.</param>
    /// <param name="service">The signing name of the service, e.g. <c>eks</c>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    public AwsSigV4Handler(AwsCredentials credentials, string region, string service, TimeProvider? timeProvider = null)
        : this(AwsCredentialSource.FromCredentials(credentials), region, service, timeProvider)
    {
    }

    /// <summary>Where the credentials come from.</summary>
    public AwsCredentialSource Credentials { get; }

    /// <summary>The signing region.</summary>
    public string Region { get; }

    /// <summary>The signing name of the service.</summary>
    public string Service { get; }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
