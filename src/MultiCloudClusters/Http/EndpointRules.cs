using System.Net;

namespace MultiCloudClusters.Http;

/// <summary>Endpoints must be https, except loopback (local emulators and tests).</summary>
internal static class EndpointRules
{
    /// <summary>Returns a message naming the rule the endpoint breaks, or null when it is acceptable.</summary>
    public static string? Check(string field, Uri? endpoint)
    {
        if (endpoint is null || !endpoint.IsAbsoluteUri)
        {
            return $"{field} must be an absolute URL";
        }

        if (!string.IsNullOrEmpty(endpoint.UserInfo))
        {
            return $"{field} must not carry credentials (user:password@); configure them in the provider's options";
        }

        if (endpoint.Scheme == Uri.UriSchemeHttps)
        {
            return null;
        }

        if (endpoint.Scheme == Uri.UriSchemeHttp && IsLoopback(endpoint))
        {
            return null;
        }

        return $"{field} must use https:// (plain http:// is allowed only for loopback addresses)";
    }

    /// <summary>The endpoint for logs and ToString(): scheme, host, port and path, never user info.</summary>
    public static string Describe(Uri? endpoint) => endpoint switch
    {
        null => "default",
        { IsAbsoluteUri: true } absolute => absolute.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped),
        _ => "(relative URI)",
    };

    /// <summary>The endpoint with a trailing slash, as relative operation paths need.</summary>
    public static Uri AsBaseAddress(Uri endpoint) =>
        endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}
