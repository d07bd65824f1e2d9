using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary><c>WaitForStatusAsync</c> of OKS on fake time: success, failure, timeout, deletion, cancellation.</summary>
public sealed class OksWaitTests : IDisposable
{
    private static readonly string ClusterPath = $"/clusters/{OksHarness.ClusterId}";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    private readonly OksHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static WaitOptions Options(TimeSpan? timeout = null) => new()
    {
        Timeout = timeout ?? TimeSpan.FromMinutes(30),
        InitialInterval = TimeSpan.FromSeconds(5),
        MaxInterval = TimeSpan.FromSeconds(20),
    };

    [Fact]
    public async Task PendingDeployingReady_ReachesRunning_PollingNoFasterThanTheInterval()
    {
        _h.AnswerSequence(
            "GET",
            ClusterPath,
            Reply.Ok(OksHarness.ClusterResponse("pending")),
            Reply.Ok(OksHarness.ClusterResponse("deploying")),
            Reply.Ok(OksHarness.ClusterResponse("ready")));

        var info = await _h.Drive(_h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Running, Options()), Step);

        Assert.Equal(ClusterStatus.Running, info.Status);
        Assert.Equal("ready", info.RawStatus);
        Assert.Equal(3, _h.Arrivals.Count);
        Assert.True(_h.Arrivals[1].At - _h.Arrivals[0].At >= TimeSpan.FromSeconds(5));
        Assert.True(_h.Arrivals[2].At - _h.Arrivals[1].At >= TimeSpan.FromSeconds(7.5), "the interval grows");
    }

    [Fact]
    public async Task AlreadyThere_ReturnsAfterOneLook()
    {
        _h.Answer("GET", ClusterPath, 200, OksHarness.ClusterResponse("ready"));

        var info = await _h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Running, Options()).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ClusterStatus.Running, info.Status);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task Failed_GivesClusterWaitException_WithTheLastSeenCluster()
    {
        _h.AnswerSequence("GET", ClusterPath, Reply.Ok(OksHarness.ClusterResponse("deploying")), Reply.Ok(OksHarness.ClusterResponse("failed")));

        var ex = await Assert.ThrowsAsync<ClusterWaitException>(() => _h.Drive(_h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Running, Options()), Step));

        Assert.Equal(ClusterStatus.Failed, ex.LastSeen!.Status);
        Assert.Equal("failed", ex.LastSeen.RawStatus);
        Assert.Contains(OksHarness.ClusterId, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Failed", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, _h.Requests.Count);
    }

    [Fact]
    public async Task Timeout_GivesClusterWaitException_AfterTheTimeoutOfFakeTime()
    {
        _h.Answer("GET", ClusterPath, 200, OksHarness.ClusterResponse("deploying"));
        var started = _h.Time.GetUtcNow();

        var ex = await Assert.ThrowsAsync<ClusterWaitException>(() =>
            _h.Drive(_h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Running, Options(TimeSpan.FromMinutes(2))), Step));

        Assert.True(_h.Time.GetUtcNow() - started >= TimeSpan.FromMinutes(2));
        Assert.Equal(ClusterStatus.Provisioning, ex.LastSeen!.Status);
        Assert.Contains("did not reach Running", ex.Message, StringComparison.Ordinal);
        Assert.InRange(_h.Requests.Count, 3, 30);
    }

    [Fact]
    public async Task NotFound_WhileWaitingForDeleted_ReturnsDeleted()
    {
        _h.AnswerSequence(
            "GET",
            ClusterPath,
            Reply.Ok(OksHarness.ClusterResponse("deleting")),
            new Reply(404, OksHarness.ErrorEnvelope("NotFound", "Cluster not found", 404)));

        var info = await _h.Drive(_h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Deleted, Options()), Step);

        Assert.Equal(ClusterStatus.Deleted, info.Status);
        Assert.Equal(OksHarness.ClusterId, info.Id);
        Assert.Equal("web-prod", info.Name);
        Assert.Equal("oks", info.Provider);
        Assert.Equal(2, _h.Requests.Count);
    }

    [Fact]
    public async Task DeletedStatus_WhileWaitingForDeleted_ReturnsIt()
    {
        _h.Answer("GET", ClusterPath, 200, OksHarness.ClusterResponse("deleted"));

        var info = await _h.Drive(_h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Deleted, Options()), Step);

        Assert.Equal("deleted", info.RawStatus);
    }

    [Fact]
    public async Task NotFound_WhileWaitingForRunning_IsNotFound()
    {
        _h.Answer("GET", ClusterPath, 404, OksHarness.ErrorEnvelope("NotFound", "Cluster not found", 404));

        await Assert.ThrowsAsync<CloudNotFoundException>(() => _h.Drive(_h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Running, Options()), Step));
    }

    [Fact]
    public async Task Deleted_WhileWaitingForRunning_GivesClusterWaitException()
    {
        _h.Answer("GET", ClusterPath, 200, OksHarness.ClusterResponse("deleted"));

        var ex = await Assert.ThrowsAsync<ClusterWaitException>(() => _h.Drive(_h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Running, Options()), Step));

        Assert.Equal(ClusterStatus.Deleted, ex.LastSeen!.Status);
    }

    [Fact]
    public async Task Cancellation_WhileWaiting_StopsWithoutAnotherLook()
    {
        _h.Answer("GET", ClusterPath, 200, OksHarness.ClusterResponse("deploying"));
        using var cts = new CancellationTokenSource();

        var wait = _h.Provider.WaitForStatusAsync(OksHarness.ClusterId, ClusterStatus.Running, Options(), cts.Token);
        await OksHarness.Until(() => _h.Logs.Entries.Any(e => e.EventId.Id == 5), "the first pause");
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(60)));
        _h.Time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(50);
        Assert.Single(_h.Requests);
    }
}
