using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks.Generated;

/// <summary>
/// Marks RegisterCluster as safe to repeat: its body always carries a clientRequestToken (filled in by the provider
/// when the caller gave none) that EKS uses to recognise a repeat, so a 5xx or a timeout may be retried.
/// </summary>
public partial class EksApiClient
{
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (request.Method == HttpMethod.Post && url.Split('?', 2)[0].TrimEnd('/').EndsWith("cluster-registrations", StringComparison.Ordinal))
        {
            request.Options.Set(RequestOptionKeys.Idempotent, true);
        }
    }
}
