using System.Text.Json;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>Updates are RFC 7386 merge patches: set members present, untouched members absent, cleared members null.</summary>
public sealed class ImplyMergePatchTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;
    private readonly ImplyHarness _h = new();

    public ImplyMergePatchTests() => _h.Answer("PATCH", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Unset_members_are_absent_and_cleared_members_are_null()
    {
        await _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest
        {
            Tags = new Dictionary<string, string> { ["team"] = "druid" },
            Options = new ImplyClusterOptions
            {
                Spec = new ImplyClusterSpec
                {
                    Query = new ImplyQueryConfiguration { Replicas = 5 },
                    DeepStorage = new ImplyDeepStorage { Path = "s3://new-bucket/p" },
                },
                ClearMembers = ["deepStorage.encrypt", "featureFlags", "spec.data.tier2", "pivot"],
            },
        });

        var entry = _h.SingleApiRequest("PATCH", "/clusters/" + Id);
        Assert.Equal(
            """{"spec":{"query":{"replicas":5},"deepStorage":{"path":"s3://new-bucket/p","encrypt":null},"awsTags":[{"name":"team","value":"druid"}],"featureFlags":null,"data":{"tier2":null},"pivot":null}}""",
            ImplyHarness.RawBody(entry));

        var spec = ImplyHarness.Json(entry).GetProperty("spec");
        // Unset: never sent, so the server keeps them.
        Assert.False(spec.TryGetProperty("version", out _));
        Assert.False(spec.TryGetProperty("desiredState", out _));
        Assert.False(spec.TryGetProperty("master", out _));
        Assert.False(spec.GetProperty("query").TryGetProperty("instanceType", out _));
        Assert.False(spec.GetProperty("data").TryGetProperty("tier1", out _));
        // Cleared: an explicit null, so the server deletes them.
        Assert.Equal(JsonValueKind.Null, spec.GetProperty("featureFlags").ValueKind);
        Assert.Equal(JsonValueKind.Null, spec.GetProperty("deepStorage").GetProperty("encrypt").ValueKind);
        Assert.Equal(JsonValueKind.Null, spec.GetProperty("data").GetProperty("tier2").ValueKind);
        Assert.Equal(JsonValueKind.Null, spec.GetProperty("pivot").ValueKind);
    }

    [Fact]
    public async Task Only_clearing_sends_only_nulls()
    {
        await _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest { Options = new ImplyClusterOptions { ClearMembers = ["customFiles"] } });

        Assert.Equal("""{"spec":{"customFiles":null}}""", ImplyHarness.RawBody(_h.SingleApiRequest("PATCH", "/clusters/" + Id)));
    }

    [Fact]
    public async Task Unknown_spec_members_the_caller_sets_are_sent_too()
    {
        var spec = new ImplyClusterSpec();
        spec.AdditionalProperties["someFutureSpecField"] = JsonSerializer.SerializeToElement(5);

        await _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest { Options = new ImplyClusterOptions { Spec = spec } });

        Assert.Equal("""{"spec":{"someFutureSpecField":5}}""", ImplyHarness.RawBody(_h.SingleApiRequest("PATCH", "/clusters/" + Id)));
    }

    public static TheoryData<string[], string, string> BadClears() => new()
    {
        { ["deepStorage.encrpyt"], "request.Options.ClearMembers[0]", "spec.deepStorage has the members path, encrypt" },
        { ["nope"], "request.Options.ClearMembers[0]", "names 'nope'" },
        { ["featureFlags.x"], "request.Options.ClearMembers[0]", "no members" },
        { [" "], "request.Options.ClearMembers[0]", "dotted member path" },
        { ["query.replicas"], "request.Options.ClearMembers[0]", "also set in request.Options.Spec" },
        { ["featureFlags", "featureFlags"], "request.Options.ClearMembers[1]", "cleared twice" },
        { ["query", "query.replicas"], "request.Options.ClearMembers[0]", "also set" },
    };

    [Theory]
    [MemberData(nameof(BadClears))]
    public async Task Bad_clear_paths_are_refused_before_sending(string[] clear, string field, string rule)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest
        {
            Options = new ImplyClusterOptions { Spec = new ImplyClusterSpec { Query = new ImplyQueryConfiguration { Replicas = 5 } }, ClearMembers = clear },
        }));

        Assert.Contains(ex.FieldErrors, e => e.Field == field && e.Message.Contains(rule, StringComparison.Ordinal));
        Assert.Empty(_h.ApiRequests());
    }

    [Fact]
    public async Task Clearing_inside_a_cleared_member_is_refused()
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest
        {
            Options = new ImplyClusterOptions { ClearMembers = ["data", "data.tier1"] },
        }));

        Assert.Contains(ex.FieldErrors, e => e.Field == "request.Options.ClearMembers[1]" && e.Message.Contains("spec.data", StringComparison.Ordinal));
        Assert.Empty(_h.ApiRequests());
    }

    [Fact]
    public async Task An_update_that_changes_nothing_is_refused()
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest { Options = new ImplyClusterOptions { DryRun = true } }));

        Assert.Equal("request", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.ApiRequests());
    }

    [Fact]
    public async Task Tags_and_spec_awsTags_together_are_refused()
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest
        {
            Tags = new Dictionary<string, string> { ["a"] = "b" },
            Options = new ImplyClusterOptions { Spec = new ImplyClusterSpec { AwsTags = [new ImplyNameValue { Name = "a", Value = "c" }] } },
        }));

        Assert.Equal("request.Tags", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.ApiRequests());
    }
}
