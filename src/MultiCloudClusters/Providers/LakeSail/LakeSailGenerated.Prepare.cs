using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail.Generated;

/// <summary>
/// Marks the requests that are safe to send again although their method is not: PATCH sets members to
/// given values (sending it twice leaves the same result) and verify only checks the account.
/// Create and sync-template stay unmarked: a second send could make a second connection or stack update.
/// </summary>
partial class LakeSailApiClient
{
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        var path = url.Split('?', 2)[0];
        if (request.Method == HttpMethod.Patch
            || (request.Method == HttpMethod.Post && path.EndsWith("/verify", StringComparison.Ordinal)))
        {
            request.Options.Set(RequestOptionKeys.Idempotent, true);
        }
    }
}
