using System.Net.Http.Headers;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>Sends the API token as <c>Authorization: Bearer …</c>. Another scheme (DPoP) plugs in through <see cref="LakeSailOptions.Authenticator"/>.</summary>
internal sealed class LakeSailAuthenticator(string token) : IRequestAuthenticator
{
    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => "LakeSailAuthenticator(Bearer, token hidden)";
}
