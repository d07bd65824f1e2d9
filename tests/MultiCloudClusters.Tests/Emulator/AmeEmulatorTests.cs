using System.Net;
using System.Text.Json;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>The emulated AME API over raw HTTP: status lifecycle through PATCH, Spring paging, node pools, auth, faults.</summary>
public sealed class AmeEmulatorTests
{
    private static string Clusters(MultiCloudEmulator emu) => $"api/v1/orgs/{emu.Ame.Organisation}/clusters";

    [Fact]
    public async Task Cluster_provisions_stops_starts_and_is_deleted_through_status_patches()
    {
        var (emu, time) = await StartAsync(o => o.SeedData = false);
        await using var _ = emu;
        using var http = AmeClient(emu);
        var body = $$"""{"name":"Shop Cluster","cloudAccountIdentity":"{{emu.Ame.CloudAccountIdentity}}","region":"eu-west-1","version":"v1.31","nodePools":[{"name":"workers","nodeSize":"t3.large","minSize":2,"maxSize":3}]}""";
        var create = await http.PostAsync($"{Clusters(emu)}/production", Json(body));
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var created = await ReadJsonAsync(create);
        Assert.Equal("provisioning", created.Str("status"));
        var url = $"{Clusters(emu)}/production/{created.Str("slug")}";
        Assert.Equal("shop-cluster", created.Str("slug"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("started", (await OkJsonAsync(await http.GetAsync(url))).Str("status"));

        Assert.Equal("stopping", (await OkJsonAsync(await http.PatchAsync(url, Json("""{"status":"stopping"}""")))).Str("status"));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PatchAsync(url, Json("""{"status":"starting"}"""))).StatusCode);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("stopped", (await OkJsonAsync(await http.GetAsync(url))).Str("status"));
        Assert.Equal("starting", (await OkJsonAsync(await http.PatchAsync(url, Json("""{"status":"starting"}""")))).Str("status"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("deleting", (await OkJsonAsync(await http.PatchAsync(url, Json("""{"status":"deleting"}""")))).Str("status"));
        time.Advance(TimeSpan.FromSeconds(2));
        var gone = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("not found", (await ReadJsonAsync(gone)).Str("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_list_pages_until_last_is_true()
    {
        var (emu, _) = await StartAsync(o => o.DefaultPageSize = 2); // three seeded items: two pages
        await using var __ = emu;
        using var http = AmeClient(emu);
        var slugs = new List<string>();
        var page = 0;
        JsonElement current;
        do
        {
            current = await OkJsonAsync(await http.GetAsync($"{Clusters(emu)}?page={page++}"));
            slugs.AddRange(current.GetProperty("content").EnumerateArray().Select(c => c.Str("slug")));
            Assert.Equal(3, current.GetProperty("totalElements").GetInt64());
        }
        while (!current.GetProperty("last").GetBoolean());

        Assert.Equal(["web", "batch", "test"], slugs);
        Assert.Equal(2, page);
        var small = await OkJsonAsync(await http.GetAsync($"{Clusters(emu)}?page=0&size=1"));
        Assert.Equal(3, small.GetProperty("totalPages").GetInt32());
        var staging = await OkJsonAsync(await http.GetAsync($"{Clusters(emu)}/staging"));
        Assert.Equal(1, staging.GetProperty("numberOfElements").GetInt32());
    }

    [Fact]
    public async Task Node_pools_use_integer_id_for_update_and_uuid_identity_for_join_config()
    {
        var (emu, _) = await StartAsync(o => o.TransitionDuration = TimeSpan.Zero);
        await using var __ = emu;
        using var http = AmeClient(emu);
        var pools = $"{Clusters(emu)}/production/web/pools";
        var created = await ReadJsonAsync(await http.PostAsync(pools, Json("""{"name":"gpu","nodeSize":"g5.xlarge","minSize":1,"maxSize":2}""")));
        var id = created.GetProperty("id").GetInt64();
        var identity = created.Str("identity");
        Assert.True(Guid.TryParse(identity, out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync(pools, Json("""{"name":"Bad_Name"}"""))).StatusCode);

        var updated = await OkJsonAsync(await http.PutAsync($"{pools}/{id}", Json("""{"name":"gpu","nodeSize":"g5.2xlarge","minSize":1,"maxSize":4}""")));
        Assert.Equal("g5.2xlarge", updated.Str("nodeSize"));
        Assert.Equal(identity, updated.Str("identity"));
        var join = await OkJsonAsync(await http.PostAsync($"{pools}/{identity}/join-config", null));
        Assert.False(string.IsNullOrEmpty(join.Str("joinCommand")));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync($"{pools}/{id}/join-config", null)).StatusCode);
        Assert.Equal(2, (await OkJsonAsync(await http.GetAsync(pools))).GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"{pools}/{id}")).StatusCode);
        Assert.Equal(1, (await OkJsonAsync(await http.GetAsync(pools))).GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await http.PostAsync($"{Clusters(emu)}/web/move", Json("""{"currentEnvironment":"production","newEnvironment":"staging"}"""))).StatusCode);
        Assert.Equal("staging", (await OkJsonAsync(await http.GetAsync($"{Clusters(emu)}/staging/web"))).Str("environmentSlug"));
        var oidc = await OkJsonAsync(await http.GetAsync($"{Clusters(emu)}/staging/web/oidc-config"));
        Assert.StartsWith("https://127.0.0.1:", oidc.Str("endpoint"), StringComparison.Ordinal);
        Assert.Equal(oidc.Str("issuerUrl"), (await OkJsonAsync(await http.GetAsync(oidc.Str("issuerUrl") + "/.well-known/openid-configuration"))).Str("issuer"));
    }

    [Fact]
    public async Task Auth_needs_the_Token_scheme_and_faults_use_the_AME_error_body()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var none = Client(emu.Ame.BaseUrl);
        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync(Clusters(emu))).StatusCode);
        using var bearer = Client(emu.Ame.BaseUrl, h => h.Authorization = new("Bearer", emu.Ame.PersonalAccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync(Clusters(emu))).StatusCode);
        using var wrong = Client(emu.Ame.BaseUrl, h => h.TryAddWithoutValidation("Authorization", "Token nope"));
        var forbidden = await wrong.GetAsync(Clusters(emu));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await ReadJsonAsync(forbidden)).GetProperty("details").ValueKind);

        using var http = AmeClient(emu);
        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Ame, Operation = "ListNodePools", Kind = FaultKind.InternalServerError, MaxInjections = 1 });
        var failed = await http.GetAsync($"{Clusters(emu)}/production/web/pools");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.False(string.IsNullOrEmpty((await ReadJsonAsync(failed)).Str("message")));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{Clusters(emu)}/production/web/pools")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"api/v1/orgs/other/clusters")).StatusCode);
    }
}
