using System.Net;
using System.Text;
using System.Text.Json;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>OKS JWT sign-in on the emulator: tokens issued on login, accepted in headers, rotated once the access token expires.</summary>
public sealed class OksEmulatorJwtTests
{
    private static readonly TimeSpan PastAccessExpiry = TimeSpan.FromMinutes(16);

    private static async Task<(string Access, string Refresh)> SignInAsync(MultiCloudEmulator emu)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{emu.Oks.Username}:{emu.Oks.Password}"));
        using var http = Client(emu.Oks.BaseUrl, h => h.Authorization = new("Basic", basic));
        using var response = await http.GetAsync("quotas");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (Header(response, "Access-Token")!, Header(response, "Refresh-Token")!);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    private static async Task<HttpResponseMessage> WithTokensAsync(MultiCloudEmulator emu, (string Access, string Refresh) pair)
    {
        using var http = Client(emu.Oks.BaseUrl, h => { h.Add("AccessToken", pair.Access); h.Add("RefreshToken", pair.Refresh); });
        var response = await http.GetAsync("projects");
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '='))).RootElement.Clone();
    }

    [Fact]
    public async Task A_password_login_issues_a_JWT_pair_that_the_API_then_accepts_in_its_headers()
    {
        var (emu, time) = await StartAsync();
        await using var _ = emu;
        var pair = await SignInAsync(emu);

        var access = Claims(pair.Access);
        Assert.Equal(time.GetUtcNow().Add(TimeSpan.FromMinutes(15)).ToUnixTimeSeconds(), access.GetProperty("exp").GetInt64());
        Assert.Equal(time.GetUtcNow().AddDays(1).ToUnixTimeSeconds(), Claims(pair.Refresh).GetProperty("exp").GetInt64());
        using var accepted = await WithTokensAsync(emu, pair);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Null(Header(accepted, "Access-Token"));

        using var keys = OksClient(emu);
        using var byKeys = await keys.GetAsync("projects");
        Assert.Equal(HttpStatusCode.OK, byKeys.StatusCode);
        Assert.Null(Header(byKeys, "Access-Token")); // access keys open no session
    }

    [Fact]
    public async Task An_expired_access_token_is_rotated_and_the_old_pair_is_refused_once_the_new_one_is_used()
    {
        var (emu, time) = await StartAsync();
        await using var _ = emu;
        var first = await SignInAsync(emu);
        time.Advance(PastAccessExpiry);

        using var rotating = await WithTokensAsync(emu, first);
        Assert.Equal(HttpStatusCode.OK, rotating.StatusCode);
        var second = (Header(rotating, "Access-Token")!, Header(rotating, "Refresh-Token")!);
        Assert.NotEqual(first, second);
        using var beforeTheNewIsSeen = await WithTokensAsync(emu, first);
        Assert.Equal(HttpStatusCode.OK, beforeTheNewIsSeen.StatusCode);
        var third = (Header(beforeTheNewIsSeen, "Access-Token")!, Header(beforeTheNewIsSeen, "Refresh-Token")!);

        using var newPair = await WithTokensAsync(emu, third);
        Assert.Equal(HttpStatusCode.OK, newPair.StatusCode);
        using var oldPair = await WithTokensAsync(emu, first);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPair.StatusCode);
        var body = await ReadJsonAsync(oldPair);
        Assert.Equal("Unauthorized: Invalid JWT.", body.Str("message"));
        Assert.Equal("401", body.GetProperty("Errors")[0].Str("Code"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithTokensAsync(emu, second)).StatusCode);
    }

    [Fact]
    public async Task Tampered_mismatched_or_fully_expired_tokens_are_refused()
    {
        var (emu, time) = await StartAsync();
        await using var _ = emu;
        var pair = await SignInAsync(emu);
        var other = await SignInAsync(emu);
        var parts = pair.Access.Split('.');
        var forged = $"{parts[0]}.{parts[1]}x.{parts[2]}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithTokensAsync(emu, (forged, pair.Refresh))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithTokensAsync(emu, (pair.Access, other.Refresh))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithTokensAsync(emu, (pair.Refresh, pair.Access))).StatusCode);
        time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithTokensAsync(emu, pair)).StatusCode);
    }

    [Fact]
    public async Task The_library_with_token_auth_keeps_working_across_rotations()
    {
        var (emu, time) = await StartAsync();
        await using var _ = emu;
        var first = await SignInAsync(emu);
        var oks = new OksClusterProvider(new OksOptions
        {
            Endpoint = emu.Oks.BaseUrl, AccessToken = first.Access, RefreshToken = first.Refresh, UseCliConfiguration = false,
        });

        Assert.NotEmpty(await oks.ListProjectsAsync().ToListAsync());
        for (var rotation = 0; rotation < 3; rotation++)
        {
            time.Advance(PastAccessExpiry);
            Assert.NotEmpty(await oks.ListProjectsAsync().ToListAsync()); // answered with a new pair, which the library takes up
            Assert.NotNull(await oks.GetQuotasAsync()); // sent with the new pair: from now on the old one is refused
        }

        using var stale = await WithTokensAsync(emu, first);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        time.Advance(TimeSpan.FromDays(2));
        var refused = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => oks.GetQuotasAsync());
        Assert.Equal(401, refused.StatusCode);
    }
}
