using System.Net;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>The emulated Imply API over raw HTTP: token endpoint, run-state lifecycle, 409 while busy, merge patch, history, faults.</summary>
public sealed class ImplyEmulatorTests
{
    private static StringContent Patch(string json) => Json(json, "application/merge-patch+json");

    [Fact]
    public async Task Cluster_starts_stops_through_UPDATING_answers_409_while_busy_and_keeps_history()
    {
        var (emu, time) = await StartAsync(o => o.SeedData = false);
        await using var _ = emu;
        using var http = ImplyClient(emu);
        var dryRun = await http.PostAsync("clusters?dryRun=true", Json("""{"metadata":{"name":"lab"},"spec":{"desiredState":"STARTED"}}"""));
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode); // only a dry run is answered 200
        var accepted = await http.PostAsync("clusters", Json("""{"metadata":{"name":"lab"},"spec":{"desiredState":"STARTED","deepStorage":{"path":"s3://b/p"}}}"""));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode); // a real create is "request accepted", as on Imply
        var created = await OkJsonAsync(accepted);
        var id = created.Str("metadata", "uid");
        Assert.Equal("STARTING", created.Str("status", "state"));
        Assert.Equal(1, created.GetProperty("status").GetProperty("resourceVersion").GetInt64());
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("RUNNING", (await OkJsonAsync(await http.GetAsync($"clusters/{id}"))).Str("status", "state"));

        var patched = await http.PatchAsync($"clusters/{id}", Patch("""{"spec":{"desiredState":"STOPPED","deepStorage":null}}"""));
        Assert.Equal(HttpStatusCode.Accepted, patched.StatusCode);
        var stopping = await OkJsonAsync(patched);
        Assert.Equal("UPDATING", stopping.Str("status", "state"));
        Assert.Equal(2, stopping.GetProperty("status").GetProperty("resourceVersion").GetInt64());
        Assert.False(stopping.GetProperty("spec").TryGetProperty("deepStorage", out var _));
        var busy = await http.PatchAsync($"clusters/{id}", Patch("""{"spec":{"desiredState":"STARTED"}}"""));
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Equal("StateConflict", (await ReadJsonAsync(busy)).Str("error", "code"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("STOPPED", (await OkJsonAsync(await http.GetAsync($"clusters/{id}"))).Str("status", "state"));

        var v1 = await OkJsonAsync(await http.GetAsync($"clusters/{id}/history/1"));
        Assert.Equal("STARTED", v1.Str("spec", "desiredState"));
        Assert.Equal("s3://b/p", v1.Str("spec", "deepStorage", "path"));

        var dry = await OkJsonAsync(await http.PatchAsync($"clusters/{id}?dryRun=true", Patch("""{"spec":{"desiredState":"STARTED"}}""")));
        Assert.Equal("STARTED", dry.Str("spec", "desiredState"));
        Assert.Equal("STOPPED", (await OkJsonAsync(await http.GetAsync($"clusters/{id}"))).Str("spec", "desiredState"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await http.PatchAsync($"clusters/{id}", Json("""{"spec":{}}"""))).StatusCode);
    }

    [Fact]
    public async Task Runtime_properties_are_name_value_lists_and_strings_are_refused()
    {
        var (emu, _) = await StartAsync(o => o.SeedData = false);
        await using var __ = emu;
        using var http = ImplyClient(emu);

        var created = await OkJsonAsync(await http.PostAsync("clusters", Json(
            """{"metadata":{"name":"props"},"spec":{"commonRuntimeProperties":[{"name":"common.druid.prop","value":"value1"}],"query":{"brokerRuntimeProperties":[]}}}""")));
        var read = await OkJsonAsync(await http.GetAsync($"clusters/{created.Str("metadata", "uid")}"));
        Assert.Equal("""[{"name":"common.druid.prop","value":"value1"}]""", read.GetProperty("spec").GetProperty("commonRuntimeProperties").GetRawText());

        var refused = await http.PostAsync("clusters", Json("""{"metadata":{"name":"old"},"spec":{"data":{"tier1":{"historicalRuntimeProperties":["druid.x=1"]}}}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var detail = (await ReadJsonAsync(refused)).GetProperty("error").GetProperty("details")[0];
        Assert.Equal("spec.data.tier1.historicalRuntimeProperties", detail.Str("target"));
    }

    [Fact]
    public async Task Put_without_pivot_accessMode_is_500_server_replacement_and_delete_work()
    {
        var (emu, time) = await StartAsync();
        await using var _ = emu;
        using var http = ImplyClient(emu);
        var clusters = await OkJsonAsync(await http.GetAsync("clusters"));
        Assert.Equal(3, clusters.GetArrayLength());
        var first = clusters[0];
        var id = first.Str("metadata", "uid");

        var broken = await http.PutAsync($"clusters/{id}", Json("""{"metadata":{"name":"x"},"spec":{"desiredState":"STARTED"}}"""));
        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        var put = await OkJsonAsync(await http.PutAsync($"clusters/{id}", Json("""{"metadata":{"name":"renamed"},"spec":{"desiredState":"STARTED","pivot":{"accessMode":"PROXIED"}}}""")));
        Assert.Equal("renamed", put.Str("metadata", "name"));
        time.Advance(TimeSpan.FromSeconds(2));

        var instance = put.GetProperty("status").GetProperty("servers")[0].Str("instanceId");
        Assert.Equal(HttpStatusCode.Accepted, (await http.DeleteAsync($"clusters/{id}/servers/{instance}")).StatusCode);
        var after = await OkJsonAsync(await http.GetAsync($"clusters/{id}"));
        Assert.DoesNotContain(after.GetProperty("status").GetProperty("servers").EnumerateArray(), s => s.Str("instanceId") == instance);
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync($"clusters/{id}/servers/i-missing")).StatusCode);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"clusters/{id}")).StatusCode);
        time.Advance(TimeSpan.FromSeconds(2));
        var gone = await http.GetAsync($"clusters/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("NotFound", (await ReadJsonAsync(gone)).Str("error", "code"));
    }

    [Fact]
    public async Task Token_endpoint_issues_usable_tokens_and_bad_credentials_are_refused()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var raw = new HttpClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = emu.Imply.ClientId, ["client_secret"] = emu.Imply.ClientSecret,
        });
        var token = await OkJsonAsync(await raw.PostAsync(emu.Imply.TokenEndpoint, form));
        Assert.Equal("Bearer", token.Str("token_type"));
        Assert.True(token.GetProperty("expires_in").GetInt32() > 0);
        using var withToken = Client(emu.Imply.BaseUrl, h => h.Authorization = new("Bearer", token.Str("access_token")));
        Assert.Equal(HttpStatusCode.OK, (await withToken.GetAsync("clusters")).StatusCode);

        var badForm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = emu.Imply.ClientId, ["client_secret"] = "wrong",
        });
        var refused = await raw.PostAsync(emu.Imply.TokenEndpoint, badForm);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("invalid_client", (await ReadJsonAsync(refused)).Str("error"));

        using var none = Client(emu.Imply.BaseUrl);
        var missing = await none.GetAsync("clusters");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Unauthorized", (await ReadJsonAsync(missing)).Str("error", "code"));
        using var wrong = Client(emu.Imply.BaseUrl, h => h.Authorization = new("Bearer", "forged"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("clusters")).StatusCode);
    }

    [Fact]
    public async Task Seeded_fault_rate_is_deterministic_and_failed_creates_are_not_applied()
    {
        async Task<List<int>> RunAsync()
        {
            var (emu, _) = await StartAsync(o =>
            {
                o.FaultSeed = 42;
                o.Faults.Add(new FaultRule { Provider = EmulatedProvider.Imply, Operation = "CreateCluster", Kind = FaultKind.ServiceUnavailable, Rate = 0.5 });
            });
            await using var _ = emu;
            using var http = ImplyClient(emu);
            var statuses = new List<int>();
            for (var i = 0; i < 10; i++)
            {
                statuses.Add((int)(await http.PostAsync("clusters", Json("{\"metadata\":{\"name\":\"c" + i + "\"},\"spec\":{}}"))).StatusCode);
            }

            Assert.Equal(statuses.Count(s => s == 202), emu.Counters.CreatesApplied(EmulatedProvider.Imply));
            return statuses;
        }

        var first = await RunAsync();
        Assert.Equal(first, await RunAsync());
        Assert.Contains(503, first);
        Assert.Contains(202, first);
    }
}
