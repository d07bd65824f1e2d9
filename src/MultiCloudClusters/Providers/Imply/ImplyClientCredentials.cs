namespace MultiCloudClusters.Providers.Imply;

/// <summary>What the client-credentials grant needs. <see cref="ToString"/> never shows the secret.</summary>
/// <param name="ClientId">The OAuth client id.</param>
/// <param name="ClientSecret">The OAuth client secret.</param>
/// <param name="TokenEndpoint">The token endpoint.</param>
/// <param name="Scope">The scope to ask for, or null.</param>
/// <param name="Timeout">How long one token request may take.</param>
internal sealed record ImplyClientCredentials(string ClientId, string ClientSecret, Uri TokenEndpoint, string? Scope, TimeSpan Timeout)
{
    public override string ToString() => $"ImplyClientCredentials(client {ClientId} at {TokenEndpoint.GetLeftPart(UriPartial.Path)}, secret hidden)";
}
