using System.Net;

namespace MultiCloudClusters.Http;

/// <summary>Applies an <see cref="IRequestAuthenticator"/>; retries once on 401 when the authenticator can refresh.</summary>
internal sealed class AuthenticationHandler(IRequestAuthenticator authenticator) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Captured before the credentials are added, so the copy for a second try carries none of the old ones.
        var snapshot = authenticator.CanRefresh ? await RequestSnapshot.CaptureAsync(request, cancellationToken).ConfigureAwait(false) : null;
        await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        authenticator.OnResponse(response);
        if (snapshot is null
            || response.StatusCode != HttpStatusCode.Unauthorized
            || !await authenticator.OnUnauthorizedAsync(cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        response.Dispose();
        var again = await snapshot.CloneAsync(cancellationToken).ConfigureAwait(false);
        await authenticator.AuthenticateAsync(again, cancellationToken).ConfigureAwait(false);
        var second = await base.SendAsync(again, cancellationToken).ConfigureAwait(false);
        authenticator.OnResponse(second);
        return second;
    }
}
