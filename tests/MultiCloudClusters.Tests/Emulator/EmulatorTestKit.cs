using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Emulator;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>Shared helpers of the emulator tests: a started emulator on a fake clock and raw HTTP calls.</summary>
internal static class EmulatorTestKit
{
    public static readonly DateTimeOffset Start = DateTimeOffset.UtcNow;

    public static async Task<(MultiCloudEmulator Emu, FakeTimeProvider Time)> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new EmulatorOptions { TimeProvider = time, TransitionDuration = TimeSpan.FromSeconds(2) };
        configure?.Invoke(options);
        return (await MultiCloudEmulator.StartAsync(options), time);
    }

    public static HttpClient Client(Uri baseUrl, Action<HttpRequestHeaders>? auth = null)
    {
        var http = new HttpClient { BaseAddress = baseUrl };
        auth?.Invoke(http.DefaultRequestHeaders);
        return http;
    }

    /// <summary>A client of the emulated OKS API, signed in with its access key.</summary>
    public static HttpClient OksClient(MultiCloudEmulator emu) => Client(emu.Oks.BaseUrl, h =>
    {
        h.Add("AccessKey", emu.Oks.AccessKey);
        h.Add("SecretKey", emu.Oks.SecretKey);
    });

    /// <summary>A client of the emulated Imply API with its ready access token.</summary>
    public static HttpClient ImplyClient(MultiCloudEmulator emu) => Client(emu.Imply.BaseUrl, h => h.Authorization = new AuthenticationHeaderValue("Bearer", emu.Imply.AccessToken));

    /// <summary>A client of the emulated AME API with its personal access token.</summary>
    public static HttpClient AmeClient(MultiCloudEmulator emu) => Client(emu.Ame.BaseUrl, h => h.TryAddWithoutValidation("Authorization", "Token " + emu.Ame.PersonalAccessToken));

    /// <summary>A client of the emulated EKS API that signs with SigV4 (with another secret when <paramref name="secret"/> is given).</summary>
    public static HttpClient EksClient(MultiCloudEmulator emu, string? secret = null) => new(new TestSigV4Handler(emu.Eks, secret)) { BaseAddress = emu.Eks.BaseUrl };

    /// <summary>A client of the emulated LakeSail API with its API token.</summary>
    public static HttpClient LakeSailClient(MultiCloudEmulator emu) => Client(emu.LakeSail.BaseUrl, h => h.Authorization = new AuthenticationHeaderValue("Bearer", emu.LakeSail.ApiToken));

    public static StringContent Json(string json, string mediaType = "application/json") => new(json, Encoding.UTF8, mediaType);

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string Str(this JsonElement element, params string[] path)
    {
        foreach (var name in path) element = element.GetProperty(name);
        return element.GetString()!;
    }
}
