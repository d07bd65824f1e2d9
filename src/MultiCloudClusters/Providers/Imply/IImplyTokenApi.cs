using Refit;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// The OAuth 2.0 token endpoint (RFC 6749 §4.4, client-credentials grant). It is not part of the Imply
/// API spec, so it is declared here; the client's base address is the token endpoint itself.
/// </summary>
internal interface IImplyTokenApi
{
    /// <summary>Posts the form (<c>grant_type</c>, <c>client_id</c>, <c>client_secret</c>, <c>scope</c>) and reads the token.</summary>
    [Post("")]
    [Headers("Accept: application/json")]
    Task<ImplyTokenResponse> RequestTokenAsync([Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form, CancellationToken cancellationToken);
}
