using System.Net;
using System.Text.Json;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>The emulated LakeSail API over raw HTTP: onboarding, operations, marker paging, auth, retryable error bodies.</summary>
public sealed class LakeSailEmulatorTests
{
    [Fact]
    public async Task Connection_is_onboarded_verified_and_its_template_sync_operation_progresses_to_succeeded()
    {
        var (emu, time) = await StartAsync(o => o.SeedData = false);
        await using var _ = emu;
        using var http = LakeSailClient(emu);
        var create = await http.PostAsync("infra/connections", Json("""{"name":"prod","provider":"aws","providerConfig":{"accountId":"210987654321","region":"eu-west-1"}}"""));
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var connection = await ReadJsonAsync(create);
        var id = connection.Str("id");
        Assert.Equal("pending", connection.Str("status"));

        var template = await OkJsonAsync(await http.GetAsync($"infra/connections/{id}/template"));
        Assert.Equal(id, template.Str("parameters", "ConnectionId"));
        var download = await http.GetAsync(template.Str("downloadUrl"));
        Assert.Equal("text/yaml", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains("AWSTemplateFormatVersion", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsync($"infra/connections/{id}/sync-template", null)).StatusCode);

        Assert.Equal("active", (await OkJsonAsync(await http.PostAsync($"infra/connections/{id}/verify", Json("{}")))).Str("status"));
        var started = await http.PostAsync($"infra/connections/{id}/sync-template", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var op = await ReadJsonAsync(started);
        Assert.Equal("pending", op.Str("status"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("running", (await OkJsonAsync(await http.GetAsync($"operations/{op.Str("id")}"))).Str("status"));
        time.Advance(TimeSpan.FromSeconds(2));
        var done = await OkJsonAsync(await http.GetAsync($"operations/{op.Str("id")}"));
        Assert.Equal("succeeded", done.Str("status"));
        Assert.Equal(1, done.GetProperty("progress").GetProperty("summary").GetProperty("succeeded").GetInt32());
        Assert.False(string.IsNullOrEmpty((await OkJsonAsync(await http.GetAsync($"infra/connections/{id}"))).Str("templateSyncedAt")));

        Assert.NotEmpty((await OkJsonAsync(await http.GetAsync($"infra/connections/{id}/regions"))).GetProperty("items").EnumerateArray());
        var arm = await OkJsonAsync(await http.GetAsync($"infra/connections/{id}/instance-types?architecture=arm64&minVCpus=8"));
        Assert.Equal("c7g.4xlarge", Assert.Single(arm.GetProperty("items").EnumerateArray()).Str("instanceType"));
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"infra/connections/{id}")).StatusCode);
        var gone = await http.GetAsync($"infra/connections/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("NOT_FOUND", (await ReadJsonAsync(gone)).Str("error", "code"));
    }

    [Fact]
    public async Task Connections_page_by_marker_which_is_absent_on_the_last_page()
    {
        var (emu, _) = await StartAsync(o => o.DefaultPageSize = 2); // three seeded items: two pages
        await using var __ = emu;
        using var http = LakeSailClient(emu);
        var names = new List<string>();
        string? marker = null;
        var pages = 0;
        do
        {
            var page = await OkJsonAsync(await http.GetAsync("infra/connections" + (marker is null ? "" : "?marker=" + Uri.EscapeDataString(marker))));
            pages++;
            names.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.Str("name")));
            marker = page.TryGetProperty("marker", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        }
        while (marker is not null);

        Assert.Equal(["main-account", "analytics-account", "sandbox-account"], names);
        Assert.Equal(2, pages);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("infra/connections?marker=bogus")).StatusCode);
    }

    [Fact]
    public async Task Auth_is_checked_and_faults_carry_retryable_and_retryAfter_in_the_body()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var none = Client(emu.LakeSail.BaseUrl);
        var refused = await none.GetAsync("infra/connections");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (await ReadJsonAsync(refused)).Str("error", "code"));

        using var http = LakeSailClient(emu);
        emu.Faults.Add(new FaultRule
        {
            Provider = EmulatedProvider.LakeSail, Operation = "ListConnections", Kind = FaultKind.TooManyRequests,
            RetryAfter = TimeSpan.FromSeconds(4), OmitRetryAfterHeader = true, MaxInjections = 1,
        });
        var throttled = await http.GetAsync("infra/connections");
        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.Null(throttled.Headers.RetryAfter);
        var details = (await ReadJsonAsync(throttled)).GetProperty("error").GetProperty("details");
        Assert.True(details.GetProperty("retryable").GetBoolean());
        Assert.Equal(4.0, details.GetProperty("retryAfter").GetDouble());

        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.LakeSail, Operation = "CreateConnection", Kind = FaultKind.DropConnection, MaxInjections = 1 });
        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync("infra/connections", Json("""{"name":"x","provider":"aws"}""")));
        Assert.Equal(0, emu.Counters.CreatesApplied(EmulatedProvider.LakeSail));
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("infra/connections", Json("""{"name":"x","provider":"aws"}"""))).StatusCode);
        Assert.Equal(1, emu.Counters.CreatesApplied(EmulatedProvider.LakeSail));

        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.LakeSail, Operation = "GetConnection", Kind = FaultKind.SlowResponse, Delay = TimeSpan.FromSeconds(30) });
        using var impatient = LakeSailClient(emu);
        impatient.Timeout = TimeSpan.FromMilliseconds(200);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient.GetAsync("infra/connections/any"));
    }
}
