using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>One update at a time: a 409 StateConflict is a conflict, not retried; the caller waits, then sends again.</summary>
public sealed class ImplyConflictTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;
    private const string ConflictJson = """
        { "error": { "code": "StateConflict", "message": "Cluster cannot transition from [UPDATING] to [STOPPED]" } }
        """;

    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_state_conflict_on_stop_is_a_conflict_sent_once()
    {
        _h.Answer("PATCH", "/clusters/" + Id, 409, ConflictJson);

        var ex = await Assert.ThrowsAsync<CloudConflictException>(() => _h.Provider().StopClusterAsync(Id));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal("StateConflict", ex.ErrorCode);
        Assert.Contains("cannot transition", ex.ErrorMessage, StringComparison.Ordinal);
        Assert.False(ex.IsRetryable);
        Assert.Single(_h.ApiRequests());
    }

    [Fact]
    public async Task A_state_conflict_on_overwrite_is_not_retried_although_put_may_be()
    {
        _h.Answer("PUT", "/clusters/" + Id, 409, ConflictJson);
        var cluster = new ImplyCluster
        {
            Metadata = new ImplyClusterMetadata { Name = "c" },
            Spec = new ImplyClusterSpec { Version = "2021.06", Pivot = new ImplyPivotAccess { AccessMode = "PROXIED" } },
        };

        await Assert.ThrowsAsync<CloudConflictException>(() => _h.Provider().OverwriteClusterAsync(Id, cluster));

        Assert.Single(_h.ApiRequests());
    }

    [Fact]
    public async Task Put_is_retried_on_a_server_error()
    {
        _h.Answer("PUT", "/clusters/" + Id, 500, """{ "error": { "code": "InternalError", "message": "boom" } }""", nextState: "ok");
        _h.Answer("PUT", "/clusters/" + Id, 200, ImplyHarness.ClusterJson, scenarioState: "ok");
        var cluster = new ImplyCluster
        {
            Metadata = new ImplyClusterMetadata { Name = "c" },
            Spec = new ImplyClusterSpec { Version = "2021.06", Pivot = new ImplyPivotAccess { AccessMode = "PROXIED" } },
        };

        await _h.Provider().OverwriteClusterAsync(Id, cluster);

        Assert.Equal(2, _h.ApiRequests().Count);
    }

    [Fact]
    public async Task After_a_conflict_the_caller_waits_for_the_update_then_stops()
    {
        _h.Answer("PATCH", "/clusters/" + Id, 409, ConflictJson, nextState: "busy", scenario: "flow");
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson.Replace("\"state\": \"RUNNING\"", "\"state\": \"UPDATING\"", StringComparison.Ordinal), scenarioState: "busy", nextState: "done", scenario: "flow");
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson, scenarioState: "done", nextState: "free", scenario: "flow");
        _h.Answer("PATCH", "/clusters/" + Id, 200, ImplyHarness.ClusterJson, scenarioState: "free", scenario: "flow");
        var provider = _h.Provider();
        var fast = new WaitOptions { InitialInterval = TimeSpan.FromMilliseconds(1), MaxInterval = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromMinutes(1) };

        await Assert.ThrowsAsync<CloudConflictException>(() => provider.StopClusterAsync(Id));
        var running = await provider.WaitForStatusAsync(Id, ClusterStatus.Running, fast);
        var stopping = await provider.StopClusterAsync(Id);

        Assert.Equal(ClusterStatus.Running, running.Status);
        Assert.Equal(["PATCH", "GET", "GET", "PATCH"], _h.ApiRequests().Select(e => e.RequestMessage!.Method));
        Assert.Equal("RUNNING", stopping.RawStatus);
    }
}
