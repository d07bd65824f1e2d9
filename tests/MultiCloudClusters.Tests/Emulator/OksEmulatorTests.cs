using System.Net;
using System.Text;
using System.Text.Json;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Faults;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>The emulated OKS API over raw HTTP: lifecycle, NaCl kubeconfig, cursor paging, auth, faults.</summary>
public sealed class OksEmulatorTests
{
    private static string ClusterBody(string projectId, string name) => $$"""
        {"name":"{{name}}","project_id":"{{projectId}}","version":"1.31","cidr_pods":"10.91.0.0/16",
         "cidr_service":"10.92.0.0/16","admin_whitelist":["0.0.0.0/0"]}
        """;

    [Fact]
    public async Task Project_and_cluster_go_through_their_lifecycles_and_deleted_cluster_is_404()
    {
        var (emu, time) = await StartAsync(o => o.SeedData = false);
        await using var _ = emu;
        using var http = OksClient(emu);

        var project = await OkJsonAsync(await http.PostAsync("projects", Json("""{"name":"shop","cidr":"10.50.0.0/18","region":"eu-west-2"}""")));
        Assert.Equal("pending", project.Str("Project", "status"));
        var projectId = project.Str("Project", "id");
        var early = await http.PostAsync("clusters", Json(ClusterBody(projectId, "web")));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("409", (await ReadJsonAsync(early)).GetProperty("Errors")[0].Str("Code"));
        time.Advance(TimeSpan.FromSeconds(2));

        var created = await OkJsonAsync(await http.PostAsync("clusters", Json(ClusterBody(projectId, "web"))));
        var id = created.Str("Cluster", "id");
        Assert.Equal("pending", created.Str("Cluster", "statuses", "status"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("deploying", (await OkJsonAsync(await http.GetAsync($"clusters/{id}"))).Str("Cluster", "statuses", "status"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync($"clusters/{id}/kubeconfig")).StatusCode);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("ready", (await OkJsonAsync(await http.GetAsync($"clusters/{id}"))).Str("Cluster", "statuses", "status"));

        await OkJsonAsync(await http.DeleteAsync($"clusters/{id}"));
        Assert.Equal("deleting", (await OkJsonAsync(await http.GetAsync($"clusters/{id}"))).Str("Cluster", "statuses", "status"));
        time.Advance(TimeSpan.FromSeconds(2));
        var gone = await http.GetAsync($"clusters/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("NotFound", (await ReadJsonAsync(gone)).GetProperty("Errors")[0].Str("Type"));
        Assert.Equal(1, emu.Counters.CreatesApplied(EmulatedProvider.Oks, "CreateCluster"));
    }

    [Fact]
    public async Task Kubeconfig_is_clear_on_GET_and_a_sealed_box_for_the_callers_key_on_POST()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var http = OksClient(emu);
        var id = (await OkJsonAsync(await http.GetAsync("clusters/all"))).GetProperty("Clusters")[0].Str("id");

        var clear = await OkJsonAsync(await http.GetAsync($"clusters/{id}/kubeconfig"));
        Assert.StartsWith("apiVersion: v1", clear.Str("Cluster", "data", "kubeconfig"));

        var keys = Sodium.PublicKeyBox.GenerateKeyPair();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"clusters/{id}/kubeconfig");
        request.Headers.Add("x-encrypt-nacl", Convert.ToBase64String(keys.PublicKey));
        var sealedBox = await OkJsonAsync(await http.SendAsync(request));
        var opened = Sodium.SealedPublicKeyBox.Open(Convert.FromBase64String(sealedBox.Str("Cluster", "data", "kubeconfig")), keys.PrivateKey, keys.PublicKey);
        // Each kubeconfig carries a client certificate of its own; the cluster, server and CA are the same.
        static string[] Shared(string yaml) => [.. yaml.Split('\n').Where(l => l.Contains("server:", StringComparison.Ordinal) || l.Contains("certificate-authority-data:", StringComparison.Ordinal))];
        Assert.Equal(2, Shared(clear.Str("Cluster", "data", "kubeconfig")).Length);
        Assert.Equal(Shared(clear.Str("Cluster", "data", "kubeconfig")), Shared(Encoding.UTF8.GetString(opened)));

        using var bad = new HttpRequestMessage(HttpMethod.Post, $"clusters/{id}/kubeconfig");
        bad.Headers.Add("x-encrypt-nacl", "not-a-key");
        var refused = await http.SendAsync(bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("422", (await ReadJsonAsync(refused)).GetProperty("Errors")[0].Str("Code"));
    }

    [Fact]
    public async Task Cluster_list_pages_by_cursor_until_next_cursor_is_null()
    {
        var (emu, _) = await StartAsync(o => o.DefaultPageSize = 2); // three seeded items: two pages
        await using var __ = emu;
        using var http = OksClient(emu);
        var names = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await OkJsonAsync(await http.GetAsync(cursor is null ? "clusters/all" : $"clusters/all?cursor={Uri.EscapeDataString(cursor)}"));
            pages++;
            names.AddRange(page.GetProperty("Clusters").EnumerateArray().Select(c => c.Str("name")));
            var next = page.GetProperty("Pagination").GetProperty("cursor").GetProperty("next_cursor");
            cursor = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
        }
        while (cursor is not null);

        Assert.Equal(["alpha", "bravo", "charlie"], names);
        Assert.Equal(2, pages);
        var big = await OkJsonAsync(await http.GetAsync("clusters/all?limit=100"));
        Assert.Equal(3, big.GetProperty("Clusters").GetArrayLength());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await http.GetAsync("clusters/all?limit=0")).StatusCode);
    }

    [Fact]
    public async Task Missing_or_wrong_credentials_get_401_with_the_Errors_body_and_Basic_works()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var none = Client(emu.Oks.BaseUrl);
        var missing = await none.GetAsync("projects");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("401", (await ReadJsonAsync(missing)).GetProperty("Errors")[0].Str("Code"));
        using var wrong = Client(emu.Oks.BaseUrl, h => { h.Add("AccessKey", emu.Oks.AccessKey); h.Add("SecretKey", "nope"); });
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("projects")).StatusCode);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{emu.Oks.Username}:{emu.Oks.Password}"));
        using var withBasic = Client(emu.Oks.BaseUrl, h => h.Authorization = new("Basic", basic));
        Assert.Equal(HttpStatusCode.OK, (await withBasic.GetAsync("projects")).StatusCode);
        Assert.DoesNotContain(emu.Oks.SecretKey, emu.Oks.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_answer_429_with_Retry_After_drop_connections_and_never_apply_creates_early()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var http = OksClient(emu);
        var projectId = (await OkJsonAsync(await http.GetAsync("projects"))).GetProperty("Projects")[0].Str("id");

        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Oks, Operation = "ListAllClusters", Kind = FaultKind.TooManyRequests, RetryAfter = TimeSpan.FromSeconds(3) });
        var throttled = await http.GetAsync("clusters/all");
        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal("429", (await ReadJsonAsync(throttled)).GetProperty("Errors")[0].Str("Code"));

        var drop = emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Oks, Operation = "GetProject", Kind = FaultKind.DropConnection });
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync($"projects/{projectId}"));
        emu.Faults.Remove(drop);

        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Oks, Operation = "CreateCluster", Kind = FaultKind.ServiceUnavailable, MaxInjections = 1 });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.PostAsync("clusters", Json(ClusterBody(projectId, "retry")))).StatusCode);
        Assert.Equal(0, emu.Counters.CreatesApplied(EmulatedProvider.Oks, "CreateCluster"));
        await OkJsonAsync(await http.PostAsync("clusters", Json(ClusterBody(projectId, "retry"))));
        Assert.Equal(1, emu.Counters.CreatesApplied(EmulatedProvider.Oks, "CreateCluster"));

        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Oks, Operation = "CreateCluster", Kind = FaultKind.InternalServerError, AfterApply = true });
        Assert.Equal(HttpStatusCode.InternalServerError, (await http.PostAsync("clusters", Json(ClusterBody(projectId, "late")))).StatusCode);
        Assert.Equal(2, emu.Counters.CreatesApplied(EmulatedProvider.Oks, "CreateCluster"));
        Assert.Equal(3, emu.Counters.RequestCount(EmulatedProvider.Oks, "CreateCluster"));
        Assert.Equal(FaultKind.ServiceUnavailable, emu.Counters.AttemptsFor(EmulatedProvider.Oks, "CreateCluster")[0].Fault);
    }
}
