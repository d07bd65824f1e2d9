using System.Net;

namespace MultiCloudClusters.Http;

/// <summary>Applies an <see cref="IRequestAuthenticator"/>; retries once on 401 when the authenticator can refresh.</summary>
internal sealed class AuthenticationHandler(IRequestAuthenticator authenticator) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        authenticator.OnResponse(response);
        if (response.StatusCode != HttpStatusCode.Unauthorized
            || !await authenticator.OnUnauthorizedAsync(cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        response.Dispose();
        // Copied only on this rare path: the request above the handler is always a fresh copy from the
        // resilience handler, with a ByteArrayContent that can be read again after it was sent.
        var snapshot = await RequestSnapshot.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        var again = snapshot.Clone();
        await authenticator.AuthenticateAsync(again, cancellationToken).ConfigureAwait(false);
        var second = await base.SendAsync(again, cancellationToken).ConfigureAwait(false);
        authenticator.OnResponse(second);
        return second;
    }
}
