using System.Net;
using System.Text.Json;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Emulator.Eks;
using MultiCloudClusters.Emulator.Faults;
using static MultiCloudClusters.Tests.Emulator.EmulatorTestKit;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>The emulated EKS API over raw HTTP: SigV4 checks, idempotent registration, nextToken paging, deregistration, faults.</summary>
public sealed class EksEmulatorTests
{
    private static StringContent Register(string name, string token) =>
        Json($$$"""{"name":"{{{name}}}","clientRequestToken":"{{{token}}}","connectorConfig":{"roleArn":"arn:aws:iam::123456789012:role/connector","provider":"OTHER"}}""");

    [Fact]
    public void Signature_algorithm_matches_the_AWS_documentation_example()
    {
        var request = new SigV4Request("GET", "/", "Action=ListUsers&Version=2010-05-08",
            new Dictionary<string, string> { ["content-type"] = "application/x-www-form-urlencoded; charset=utf-8", ["host"] = "iam.amazonaws.com", ["x-amz-date"] = "20150830T123600Z" },
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "20150830T123600Z", "20150830/us-east-1/iam/aws4_request",
            ["content-type", "host", "x-amz-date"], "");
        Assert.Equal("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", SigV4SignatureVerifier.Sign(request, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    }

    [Fact]
    public async Task Register_is_pending_with_activation_data_idempotent_by_token_and_deregisters_to_404()
    {
        var (emu, time) = await StartAsync();
        await using var _ = emu;
        using var http = EksClient(emu);
        var first = await OkJsonAsync(await http.PostAsync("cluster-registrations", Register("onprem", "tok-1")));
        var cluster = first.GetProperty("cluster");
        Assert.Equal("PENDING", cluster.Str("status"));
        var expiry = cluster.GetProperty("connectorConfig").GetProperty("activationExpiry").GetDouble();
        Assert.True(expiry > time.GetUtcNow().ToUnixTimeSeconds() + (2 * 86400));
        Assert.False(string.IsNullOrEmpty(cluster.Str("connectorConfig", "activationCode")));

        var again = await OkJsonAsync(await http.PostAsync("cluster-registrations", Register("onprem", "tok-1")));
        Assert.Equal(cluster.Str("connectorConfig", "activationId"), again.Str("cluster", "connectorConfig", "activationId"));
        Assert.Equal(1, emu.Counters.CreatesApplied(EmulatedProvider.Eks));
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsync("cluster-registrations", Register("onprem", "tok-2"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("cluster-registrations", Register("other", "tok-1"))).StatusCode);

        Assert.Equal("DELETING", (await OkJsonAsync(await http.DeleteAsync("cluster-registrations/onprem"))).Str("cluster", "status"));
        time.Advance(TimeSpan.FromSeconds(2));
        var gone = await http.GetAsync("clusters/onprem");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.StartsWith("ResourceNotFoundException", gone.Headers.GetValues("x-amzn-ErrorType").Single(), StringComparison.Ordinal);
        Assert.Contains("onprem", (await ReadJsonAsync(gone)).Str("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListClusters_pages_by_nextToken_and_include_all_adds_connected_clusters()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var http = EksClient(emu);
        await OkJsonAsync(await http.PostAsync("cluster-registrations", Register("connected-1", "t1")));

        async Task<List<string>> WalkAsync(string query)
        {
            var names = new List<string>();
            string? token = null;
            do
            {
                var url = "clusters?" + query + (token is null ? "" : "&nextToken=" + Uri.EscapeDataString(token));
                var page = await OkJsonAsync(await http.GetAsync(url));
                names.AddRange(page.GetProperty("clusters").EnumerateArray().Select(n => n.GetString()!));
                token = page.TryGetProperty("nextToken", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            }
            while (token is not null);
            return names;
        }

        Assert.Equal(["prod-eks", "staging-eks", "dev-eks"], await WalkAsync("maxResults=2"));
        Assert.Equal(["prod-eks", "staging-eks", "dev-eks", "connected-1"], await WalkAsync("include=all"));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("clusters?maxResults=0")).StatusCode);
    }

    [Fact]
    public async Task Unsigned_wrongly_signed_and_foreign_key_requests_get_403_with_the_error_type_header()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var unsigned = Client(emu.Eks.BaseUrl);
        var missing = await unsigned.GetAsync("clusters");
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.StartsWith("MissingAuthenticationTokenException", missing.Headers.GetValues("x-amzn-ErrorType").Single(), StringComparison.Ordinal);
        using var badSecret = EksClient(emu, "not-the-secret");
        var wrong = await badSecret.GetAsync("clusters");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.StartsWith("InvalidSignatureException", wrong.Headers.GetValues("x-amzn-ErrorType").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(emu.Eks.SecretAccessKey, emu.Eks.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_fault_is_a_ThrottlingException_and_a_failed_register_is_not_applied()
    {
        var (emu, _) = await StartAsync();
        await using var __ = emu;
        using var http = EksClient(emu);
        emu.Faults.Add(new FaultRule { Provider = EmulatedProvider.Eks, Operation = "RegisterCluster", Kind = FaultKind.TooManyRequests, MaxInjections = 1, RetryAfter = TimeSpan.FromSeconds(2) });
        var throttled = await http.PostAsync("cluster-registrations", Register("x1", "tok"));
        Assert.Equal((HttpStatusCode)429, throttled.StatusCode);
        Assert.StartsWith("ThrottlingException", throttled.Headers.GetValues("x-amzn-ErrorType").Single(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(2), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(0, emu.Counters.CreatesApplied(EmulatedProvider.Eks));
        await OkJsonAsync(await http.PostAsync("cluster-registrations", Register("x1", "tok")));
        Assert.Equal(1, emu.Counters.CreatesApplied(EmulatedProvider.Eks));
        Assert.Equal(2, emu.Counters.RequestCount(EmulatedProvider.Eks, "RegisterCluster"));
    }
}
