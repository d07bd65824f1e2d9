namespace MultiCloudClusters.Http;

/// <summary>
/// The one network handler the library creates, for the providers' clients (with or without dependency
/// injection) and the Imply token client. Redirects are never followed: a followed redirect would carry
/// the credentials to whatever host the server names. Cookies are never stored or sent: none of the five
/// APIs uses them, and a stored cookie would be replayed to every later call. Connections are recycled so
/// DNS changes are seen.
/// </summary>
internal static class ProviderTransport
{
    /// <summary>How long a pooled connection is reused before it is replaced.</summary>
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>A new network handler: no automatic redirects, no cookies, pooled connections recycled.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = PooledConnectionLifetime,
    };
}
