using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Kubernetes;

/// <summary>Providers on the emulator, an OIDC client-credentials sign-in, and what a refused Kubernetes call says.</summary>
internal static class KubeTestKit
{
    public static OksClusterProvider Oks(MultiCloudEmulator emu) =>
        new(new OksOptions { Endpoint = emu.Oks.BaseUrl, AccessKey = emu.Oks.AccessKey, SecretKey = emu.Oks.SecretKey, UseCliConfiguration = false });

    public static AmeClusterProvider Ame(MultiCloudEmulator emu) =>
        new(new AmeOptions { Endpoint = emu.Ame.BaseUrl, Organisation = emu.Ame.Organisation, PersonalAccessToken = emu.Ame.PersonalAccessToken, UseEnvironmentVariables = false });

    /// <summary>Signs in as the cluster's OIDC client: the issuer's discovery document, then the client-credentials grant.</summary>
    public static async Task<string> OidcTokenAsync(AmeOidcConfig oidc)
    {
        using var http = new HttpClient();
        using var discovery = JsonDocument.Parse(await http.GetStringAsync(oidc.IssuerUrl!.TrimEnd('/') + "/.well-known/openid-configuration"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = oidc.ClientId!,
            ["client_secret"] = oidc.ClientSecret!,
        });
        using var response = await http.PostAsync(discovery.RootElement.GetProperty("token_endpoint").GetString(), form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var token = JsonDocument.Parse(body);
        Assert.Equal("Bearer", token.RootElement.GetProperty("token_type").GetString());
        return token.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Runs a call that must be refused with <paramref name="status"/> and a Kubernetes <c>Status</c> body; returns its reason.</summary>
    public static async Task<string> RefusedAsync(HttpStatusCode status, Func<Task> call)
    {
        var refused = await Assert.ThrowsAsync<HttpOperationException>(call);
        Assert.Equal(status, refused.Response.StatusCode);
        using var body = JsonDocument.Parse(refused.Response.Content);
        Assert.Equal("Status", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Failure", body.RootElement.GetProperty("status").GetString());
        Assert.Equal((int)status, body.RootElement.GetProperty("code").GetInt32());
        return body.RootElement.GetProperty("reason").GetString()!;
    }

    /// <summary>The names of the items of a custom-object list as KubernetesClient returns it (a JSON element).</summary>
    public static IReadOnlyList<string> ItemNames(object list)
    {
        var json = list is JsonElement element ? element : JsonSerializer.SerializeToElement(list);
        return [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("metadata").GetProperty("name").GetString()!)];
    }

    public static IKubernetes Client(KubernetesClientConfiguration configuration) => new k8s.Kubernetes(configuration);
}
