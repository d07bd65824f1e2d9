using System.Globalization;
using System.Text;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// The shared retry pipeline proven through the OKS provider on fake time: server hints obeyed, the
/// cap on server waits, idempotency (a create is never re-sent after a 500 or a timeout), cancellation
/// during a back-off. Waits are measured as fake time between the requests' arrivals, never in real time.
/// </summary>
public sealed class OksRetryTests : IDisposable
{
    private static readonly string ClusterPath = $"/clusters/{OksHarness.ClusterId}";

    private readonly OksHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static Reply Error(int status, params (string Name, string Value)[] headers) =>
        new(status, OksHarness.ErrorEnvelope("Error" + status, "try again", status), headers.ToDictionary(h => h.Name, h => h.Value));

    private static ClusterCreateRequest CreateRequest() => new()
    {
        Name = "web",
        Version = "1.31",
        Options = new OksClusterOptions { ProjectId = OksHarness.ProjectId, AdminWhitelist = ["203.0.113.7/32"] },
    };

    private TimeSpan Gap(int first, int second) => _h.Arrivals[second].At - _h.Arrivals[first].At;

    /// <summary>Awaits a call that must end without any fake time passing (a hang guard, not a timed assert).</summary>
    private static Task<T> WithoutWaiting<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(60));

    // ------------------------------------------------------------------ server hints

    [Fact]
    public async Task Throttled_WithRetryAfter2_WaitsAtLeast2Seconds_ThenSucceeds()
    {
        _h.AnswerSequence("GET", ClusterPath, Error(429, ("Retry-After", "2")), Reply.Ok(OksHarness.ClusterResponse()));
        var started = _h.Time.GetUtcNow();

        var info = await _h.Drive(_h.Provider.GetClusterAsync(OksHarness.ClusterId));

        Assert.Equal(OksHarness.ClusterId, info.Id);
        Assert.Equal(2, _h.Arrivals.Count);
        Assert.True(Gap(0, 1) >= TimeSpan.FromSeconds(2), $"the retry came {Gap(0, 1)} after the 429");
        Assert.True(_h.Time.GetUtcNow() - started >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task RetryAfter_AboveMaxDelay_ButWithinTheCap_IsStillObeyed()
    {
        // MaxDelay (our own back-off ceiling, 20 s by default) must not shorten what the server asked for.
        _h.AnswerSequence("GET", ClusterPath, Error(503, ("Retry-After", "25")), Reply.Ok(OksHarness.ClusterResponse()));

        await _h.Drive(_h.Provider.GetClusterAsync(OksHarness.ClusterId), TimeSpan.FromMilliseconds(500));

        Assert.Equal(2, _h.Arrivals.Count);
        Assert.True(Gap(0, 1) >= TimeSpan.FromSeconds(25), $"the retry came {Gap(0, 1)} after the 503");
    }

    [Fact]
    public async Task RetryAfter_AsHttpDate_IsObeyed()
    {
        var resumeAt = DateTimeOffset.MinValue;
        var provider = _h.CreateProvider(o => (o.Resilience.BaseDelay, o.Resilience.MaxDelay) = (TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)));
        _h.AnswerWith("GET", ClusterPath, (_, n) =>
        {
            if (n > 0)
            {
                return Reply.Ok(OksHarness.ClusterResponse());
            }

            var now = _h.Time.GetUtcNow();
            resumeAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(4);
            return Error(503, ("Retry-After", resumeAt.ToString("r", CultureInfo.InvariantCulture)));
        });

        await _h.Drive(provider.GetClusterAsync(OksHarness.ClusterId));

        Assert.Equal(2, _h.Arrivals.Count);
        Assert.True(_h.Arrivals[1].At >= resumeAt, $"the retry came at {_h.Arrivals[1].At:O}, before {resumeAt:O}");
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task RetryAfter_BeyondMaxServerDelay_FailsFast_WithTheHint(int status)
    {
        _h.Answer("GET", ClusterPath, status, OksHarness.ErrorEnvelope("Busy", "slow down", status), ("Retry-After", "60"));
        var provider = _h.CreateProvider(o => o.Resilience.MaxServerDelay = TimeSpan.FromSeconds(5));
        var before = _h.Time.GetUtcNow();

        // No fake time is advanced: a call that decided to sleep would never end.
        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(() => WithoutWaiting(provider.GetClusterAsync(OksHarness.ClusterId)));

        Assert.Single(_h.Requests);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), ex.RetryAfter);
        Assert.Contains("retry after 60 s", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, _h.Time.GetUtcNow());
        if (status == 429)
        {
            Assert.IsType<CloudThrottledException>(ex);
        }
    }

    // ------------------------------------------------------------------ idempotency

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task Create_AnsweredWithAServerError_IsNotResent(int status)
    {
        _h.AnswerSequence("POST", "/clusters", Error(status), Reply.Ok(OksHarness.ClusterResponse("pending")));

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(() => _h.Drive(_h.Provider.CreateClusterAsync(CreateRequest())));

        Assert.Equal(status, ex.StatusCode);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task Update_AnsweredWith500_IsNotResent()
    {
        _h.AnswerSequence("PATCH", ClusterPath, Error(500), Reply.Ok(OksHarness.ClusterResponse()));

        await Assert.ThrowsAnyAsync<CloudApiException>(() => _h.Drive(_h.Provider.UpdateClusterAsync(
            OksHarness.ClusterId,
            new ClusterUpdateRequest { Tags = new Dictionary<string, string> { ["a"] = "b" } })));

        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task Create_Throttled_IsResent_BecauseTheServerDidNotActOnIt()
    {
        _h.AnswerSequence("POST", "/clusters", Error(429, ("Retry-After", "1")), Reply.Ok(OksHarness.ClusterResponse("pending")));

        var info = await _h.Drive(_h.Provider.CreateClusterAsync(CreateRequest()));

        Assert.Equal(ClusterStatus.Pending, info.Status);
        Assert.Equal(2, _h.Requests.Count);
        Assert.Equal(_h.Requests[0].RequestMessage!.Body, _h.Requests[1].RequestMessage!.Body);
        Assert.True(Gap(0, 1) >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Get_Answered503ThreeTimes_Then200_Succeeds_In4Requests()
    {
        _h.AnswerSequence("GET", ClusterPath, Error(503), Error(503), Error(503), Reply.Ok(OksHarness.ClusterResponse()));

        var info = await _h.Drive(_h.Provider.GetClusterAsync(OksHarness.ClusterId));

        Assert.Equal(OksHarness.ClusterId, info.Id);
        Assert.Equal(4, _h.Requests.Count);
        Assert.All(_h.Requests, r => Assert.Equal(OksHarness.AccessKey, OksHarness.Header(r, "AccessKey")));
    }

    [Fact]
    public async Task Get_Answered503MoreThanMaxRetryAttempts_FailsAfterThem()
    {
        _h.Answer("GET", ClusterPath, 503, OksHarness.ErrorEnvelope("Unavailable", "not ready", 503, "req-last"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Drive(_h.Provider.GetClusterAsync(OksHarness.ClusterId)));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("req-last", ex.RequestId);
        Assert.Equal(4, _h.Requests.Count);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(423)]
    [InlineData(500)]
    [InlineData(502)]
    public async Task Get_TransientStatus_IsRetried(int status)
    {
        _h.AnswerSequence("GET", ClusterPath, Error(status), Reply.Ok(OksHarness.ClusterResponse()));

        await _h.Drive(_h.Provider.GetClusterAsync(OksHarness.ClusterId));

        Assert.Equal(2, _h.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    [InlineData(501)]
    public async Task Get_PermanentStatus_IsNotRetried(int status)
    {
        _h.AnswerSequence("GET", ClusterPath, Error(status), Reply.Ok(OksHarness.ClusterResponse()));

        await Assert.ThrowsAnyAsync<CloudApiException>(() => _h.Drive(_h.Provider.GetClusterAsync(OksHarness.ClusterId)));

        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task Delete_Answered503_IsRetried()
    {
        _h.AnswerSequence("DELETE", ClusterPath, Error(503), Reply.Ok("""{"detail":"scheduled"}"""));

        await _h.Drive(_h.Provider.DeleteClusterAsync(OksHarness.ClusterId));

        Assert.Equal(2, _h.Requests.Count);
    }

    [Fact]
    public async Task NaclKubeconfigPost_Answered503_IsRetried_WithTheSameKey()
    {
        const string yaml = "apiVersion: v1\nkind: Config\n";
        _h.AnswerWith("POST", ClusterPath + "/kubeconfig", (request, n) =>
        {
            if (n == 0)
            {
                return Error(503);
            }

            var key = request.Headers!.First(h => string.Equals(h.Key, "x-encrypt-nacl", StringComparison.OrdinalIgnoreCase)).Value[0];
            var box = Sodium.SealedPublicKeyBox.Create(Encoding.UTF8.GetBytes(yaml), Convert.FromBase64String(key));
            return Reply.Ok("{\"Cluster\":{\"data\":{\"kubeconfig\":\"" + Convert.ToBase64String(box) + "\"}}}");
        });

        var kubeconfig = await _h.Drive(_h.Provider.GetKubeconfigAsync(OksHarness.ClusterId));

        Assert.Equal(yaml, kubeconfig.Content);
        Assert.Equal(2, _h.Requests.Count);
        Assert.Equal(OksHarness.Header(_h.Requests[0], "x-encrypt-nacl"), OksHarness.Header(_h.Requests[1], "x-encrypt-nacl"));
    }

    // ------------------------------------------------------------------ timeouts

    [Fact]
    public async Task Create_ThatTimesOut_IsNotResent()
    {
        _h.AnswerSequence("POST", "/clusters", new Reply(200, OksHarness.ClusterResponse("pending"), RealDelay: TimeSpan.FromSeconds(30)), Reply.Ok(OksHarness.ClusterResponse("pending")));
        var provider = _h.CreateProvider(o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Drive(provider.CreateClusterAsync(CreateRequest()), TimeSpan.FromSeconds(1)));

        Assert.Equal(0, ex.StatusCode);
        Assert.Equal("Timeout", ex.ErrorCode);
        Assert.Single(_h.Arrivals);
    }

    [Fact]
    public async Task Get_ThatTimesOut_IsRetried()
    {
        _h.AnswerSequence("GET", ClusterPath, new Reply(200, OksHarness.ClusterResponse(), RealDelay: TimeSpan.FromSeconds(30)), Reply.Ok(OksHarness.ClusterResponse()));
        var provider = _h.CreateProvider(o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5));

        var info = await _h.Drive(provider.GetClusterAsync(OksHarness.ClusterId), TimeSpan.FromSeconds(1));

        Assert.Equal(OksHarness.ClusterId, info.Id);
        Assert.Equal(2, _h.Arrivals.Count);
    }

    // ------------------------------------------------------------------ cancellation

    [Fact]
    public async Task Cancellation_DuringABackOff_StopsAtOnce_WithoutAnotherRequest()
    {
        _h.Answer("GET", ClusterPath, 503, OksHarness.ErrorEnvelope("Unavailable", "not ready", 503), ("Retry-After", "10"));
        using var cts = new CancellationTokenSource();

        var call = _h.Provider.GetClusterAsync(OksHarness.ClusterId, cts.Token);
        await OksHarness.Until(() => _h.Logs.Entries.Any(e => e.EventId.Id == 3), "the retry to be scheduled");
        Assert.False(call.IsCompleted);
        cts.Cancel();

        // No fake time is advanced: the call ends because it was cancelled, not because the delay ran out.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(60)));
        _h.Time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(50);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task Cancellation_BeforeTheCall_SendsNothing()
    {
        _h.Answer("GET", ClusterPath, 200, OksHarness.ClusterResponse());
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _h.Provider.GetClusterAsync(OksHarness.ClusterId, cts.Token));

        Assert.Empty(_h.Requests);
    }

    [Fact]
    public async Task RetriesAreLogged_WithAttemptStatusAndDelay()
    {
        _h.AnswerSequence("GET", ClusterPath, Error(429, ("Retry-After", "3")), Reply.Ok(OksHarness.ClusterResponse()));

        await _h.Drive(_h.Provider.GetClusterAsync(OksHarness.ClusterId));

        var retry = Assert.Single(_h.Logs.Entries, e => e.EventId.Id == 3);
        Assert.Contains("429", retry.Message, StringComparison.Ordinal);
        Assert.Contains("3000 ms", retry.Message, StringComparison.Ordinal);
        var done = Assert.Single(_h.Logs.Entries, e => e.EventId.Id == 1);
        Assert.Contains("2 attempt(s)", done.Message, StringComparison.Ordinal);
    }
}
