using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks.Generated;

/// <summary>
/// Marks the kubeconfig POST as safe to repeat: it only reads (a new key pair is in the header). Reads a
/// sealed answer's opened JSON with the client's own settings.
/// </summary>
partial class OksApiClient
{
    /// <summary>Reads JSON that arrived sealed (already opened) as the client reads its answers.</summary>
    internal static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => GeneratedClientJson.Deserialize<T>(utf8Json, _settings.Value);

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (request.Method == HttpMethod.Post && url.Split('?', 2)[0].EndsWith("/kubeconfig", StringComparison.Ordinal))
        {
            request.Options.Set(RequestOptionKeys.Idempotent, true);
        }
    }
}
