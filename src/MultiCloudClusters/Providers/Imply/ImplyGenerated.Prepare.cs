using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Imply.Generated;

/// <summary>Marks dry runs as safe to repeat: the server only validates them and changes nothing.</summary>
partial class ImplyApiClient
{
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        var query = url.Split('?', 2) is [_, var q] ? q : string.Empty;
        if (query.Split('&').Any(p => p.Equals("dryRun=true", StringComparison.OrdinalIgnoreCase)))
        {
            request.Options.Set(RequestOptionKeys.Idempotent, true);
        }
    }
}
