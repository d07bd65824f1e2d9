using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks.Generated;

/// <summary>
/// Marks RegisterCluster as safe to repeat when its body carries a clientRequestToken (the provider always fills one
/// in): EKS recognises a repeat by the token, so a 5xx or a timeout may be retried. A raw call through
/// <see cref="EksClusterProvider.Api"/> without a token stays unrepeatable.
/// </summary>
partial class EksApiClient
{
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (request.Method == HttpMethod.Post
            && url.Split('?', 2)[0].TrimEnd('/').EndsWith("cluster-registrations", StringComparison.Ordinal)
            && CarriesToken(request.Content))
        {
            request.Options.Set(RequestOptionKeys.Idempotent, true);
        }
    }

    private static bool CarriesToken(HttpContent? content)
    {
        if (content is null)
        {
            return false;
        }

        // The generated code has just put the serialized body in a ByteArrayContent: reading it is synchronous and cheap.
        var stream = content.ReadAsStream();
        try
        {
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("clientRequestToken", out var token)
                && token.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(token.GetString());
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }
        }
    }
}
