using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame.Generated;

/// <summary>
/// Marks the requests that land in the same state however often they arrive, so the shared retry may repeat
/// them: the cluster PATCH (it sets absolute values, a status included) and the Prometheus-rule switch.
/// Creates, the move and the node-pool join config (which may mint a new bootstrap token) stay unmarked.
/// </summary>
partial class AmeApiClient
{
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        var path = url.Split('?', 2)[0];
        if (request.Method == HttpMethod.Patch
            || (request.Method == HttpMethod.Post && path.EndsWith("/prometheus-rules-inheritance", StringComparison.Ordinal)))
        {
            request.Options.Set(RequestOptionKeys.Idempotent, true);
        }
    }
}
