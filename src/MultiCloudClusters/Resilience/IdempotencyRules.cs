using MultiCloudClusters.Http;

namespace MultiCloudClusters.Resilience;

/// <summary>
/// Decides whether a request may be sent twice. GET, HEAD, OPTIONS, PUT and DELETE may; so may any
/// request a provider marked with <see cref="RequestOptionKeys.Idempotent"/> (it carries an idempotency
/// token, or only reads). Everything else — creates above all — may not.
/// </summary>
internal static class IdempotencyRules
{
    /// <summary>Whether the request may be repeated after an unknown outcome (a timeout, a 5xx).</summary>
    public static bool IsIdempotent(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.TryGetValue(RequestOptionKeys.Idempotent, out var marked))
        {
            return marked;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete;
    }

    /// <summary>Whether a transport failure happened before the request left this machine (so it had no effect).</summary>
    public static bool FailedBeforeSending(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
}
