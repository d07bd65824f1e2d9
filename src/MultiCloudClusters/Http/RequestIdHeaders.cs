using System.Net.Http.Headers;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// The response headers that may carry a provider's request id, in order of preference, and the one way to read
/// them. Error parsing, telemetry and successful results all read the id here, so they always agree on it.
/// </summary>
internal static class RequestIdHeaders
{
    /// <summary>
    /// EKS sends <c>x-amzn-RequestId</c> (its spec declares it on every answer); the others are the names in common
    /// use that a provider or a gateway in front of it may send. OKS also puts one in its body (<c>ResponseContext</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> Names = ["x-request-id", "x-amzn-RequestId", "x-amz-request-id", "x-correlation-id"];

    /// <summary>The first request id among <paramref name="headers"/>, cleaned like other server text; null when none is there.</summary>
    public static string? Read(HttpResponseHeaders? headers)
    {
        if (headers is null)
        {
            return null;
        }

        // Read without validation: no parsing and no copy of the values (this runs on every answer).
        foreach (var name in Names)
        {
            if (headers.NonValidated.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        return Clean(value);
                    }

                    break; // as before: only the first value of a header counts
                }
            }
        }

        return null;
    }

    /// <summary>The first request id that <paramref name="header"/> finds, cleaned; null when none is there.</summary>
    public static string? Read(Func<string, string?> header) =>
        Clean(Names.Select(header).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value)));

    /// <summary>A request id as it may be shown: null when blank, else escaped and cut like other short server text.</summary>
    public static string? Clean(string? requestId) =>
        string.IsNullOrWhiteSpace(requestId) ? null : ServerText.CleanShort(requestId);
}
