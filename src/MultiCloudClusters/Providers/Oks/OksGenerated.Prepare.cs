using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks.Generated;

/// <summary>Marks the kubeconfig POST as safe to repeat: it only reads (a new key pair is in the header).</summary>
partial class OksApiClient
{
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (request.Method == HttpMethod.Post && url.Split('?', 2)[0].EndsWith("/kubeconfig", StringComparison.Ordinal))
        {
            request.Options.Set(RequestOptionKeys.Idempotent, true);
        }
    }
}
