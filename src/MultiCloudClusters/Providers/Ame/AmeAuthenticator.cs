using System.Net.Http.Headers;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>Sends the personal access token as <c>Authorization: Token …</c> (AME's scheme word is Token, not Bearer).</summary>
internal sealed class AmeAuthenticator(string token) : IRequestAuthenticator
{
    public const string Scheme = "Token";

    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue(Scheme, token);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => "AmeAuthenticator(Token, value hidden)";
}
