using System.Globalization;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// The one place redirects are refused, innermost in every chain the library builds (next to the network,
/// below authentication): a 3xx answer, or an answer that came from another origin than the configured
/// endpoint (a redirect followed by a network handler of the caller's), becomes a
/// <see cref="CloudApiException"/> of kind <see cref="CloudErrorKind.Redirect"/> that is never retried.
/// Nothing above this handler sees such a response: it is neither read as a success, nor retried, nor shown
/// to the authenticator (so no token it carries is ever taken up).
/// </summary>
/// <param name="provider">The provider key, for the error.</param>
/// <param name="endpoint">The configured endpoint; answers must come from its scheme, host and port.</param>
internal sealed class RedirectRefusalHandler(string provider, Uri endpoint) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var answeredFor = (response.RequestMessage ?? request).RequestUri;
        string? problem = null;
        if (status is >= 300 and < 400)
        {
            problem = response.Headers.Location is { } location && answeredFor is { IsAbsoluteUri: true }
                ? $"The server answered with a redirect to {HostOf(new Uri(answeredFor, location))}; redirects are never followed, so credentials stay with the configured endpoint"
                : "The server answered with a redirect; redirects are never followed, so credentials stay with the configured endpoint";
        }
        else if (answeredFor is { IsAbsoluteUri: true } && !SameOrigin(answeredFor, endpoint))
        {
            problem = $"The answer came from {HostOf(answeredFor)}, not from the configured endpoint (a redirect was followed below the library); it is refused";
        }

        if (problem is null)
        {
            return response;
        }

        response.Dispose();
        throw new CloudApiException(new CloudError
        {
            Provider = provider,
            StatusCode = status,
            ErrorCode = "Redirect",
            Message = problem,
            RetryableHint = false,
            Kind = CloudErrorKind.Redirect,
        });
    }

    /// <summary>Whether two absolute URIs share scheme, host and port.</summary>
    internal static bool SameOrigin(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>Host and port only: a redirect target's path and query may carry secrets and never enter a message.</summary>
    private static string HostOf(Uri uri)
    {
        if (!uri.IsAbsoluteUri || string.IsNullOrEmpty(uri.IdnHost))
        {
            return "an unnamed host";
        }

        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
        if (!HeaderValueRules.IsSafeToken(host))
        {
            return "a host with unprintable characters";
        }

        return uri.IsDefaultPort ? $"host {host}" : $"host {host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";
    }
}
