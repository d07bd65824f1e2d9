using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>
/// The one polling loop: its schedule on a fake clock (pauses grow by half up to the cap and never run past the
/// deadline), and cluster waits and operation waits following that same schedule and ending the same way.
/// </summary>
public sealed class PollerTests
{
    private static readonly WaitOptions Options = new()
    {
        Timeout = TimeSpan.FromSeconds(40),
        InitialInterval = TimeSpan.FromSeconds(5),
        MaxInterval = TimeSpan.FromSeconds(15),
    };

    // 5, 7.5, 11.25, then the cap of 15, then what is left before the deadline (40 - 38.75).
    private static readonly double[] ScheduleToDeadline = [5, 7.5, 11.25, 15, 1.25];

    [Fact]
    public async Task Pauses_grow_by_half_up_to_the_cap_and_stop_at_the_deadline()
    {
        var clock = new StepClock();
        var looks = new List<double>();

        var wait = Poller.PollAsync<string>(
            current: null,
            _ =>
            {
                looks.Add(clock.Elapsed.TotalSeconds);
                return Task.FromResult("pending");
            },
            state => state == "done",
            state => new TimeoutException("last " + state),
            Options,
            clock,
            pausing: null,
            CancellationToken.None);
        var error = await Assert.ThrowsAsync<TimeoutException>(() => clock.DriveAsync(wait));

        Assert.Equal("last pending", error.Message);
        Assert.Equal(ScheduleToDeadline, clock.Pauses);
        Assert.Equal([0, 5, 12.5, 23.75, 38.75, 40], looks);
    }

    [Fact]
    public async Task A_known_state_that_is_already_reached_is_returned_without_a_look()
    {
        var clock = new StepClock();
        var looked = false;

        var result = await Poller.PollAsync("done", _ => { looked = true; return Task.FromResult("other"); }, s => s == "done", s => new TimeoutException(s), Options, clock, null, CancellationToken.None);

        Assert.Equal("done", result);
        Assert.False(looked);
        Assert.Empty(clock.Pauses);
    }

    [Fact]
    public async Task Cluster_and_operation_waits_follow_the_same_schedule_to_success()
    {
        var clusterClock = new StepClock();
        var cluster = new ScriptedClusters(clusterClock, readyAfterLooks: 5);
        var clusterWait = cluster.WaitForStatusAsync("c-1", ClusterStatus.Running, Options);

        var operationClock = new StepClock();
        var operation = ScriptedOperation(operationClock, completeAfterFetches: 4, CloudOperationStatus.Succeeded);
        var operationWait = operation.WaitForCompletionAsync(Options);

        var info = await clusterClock.DriveAsync(clusterWait);
        var done = await operationClock.DriveAsync(operationWait);

        Assert.Equal(ClusterStatus.Running, info.Status);
        Assert.Same(operation, done);

        // The cluster wait looks first; the operation starts from its known state: the same four pauses in between.
        Assert.Equal([5, 7.5, 11.25, 15], clusterClock.Pauses);
        Assert.Equal(clusterClock.Pauses, operationClock.Pauses);
    }

    [Fact]
    public async Task Cluster_and_operation_waits_time_out_on_the_same_schedule_as_CloudApiExceptions()
    {
        var clusterClock = new StepClock();
        var clusterWait = new ScriptedClusters(clusterClock, readyAfterLooks: int.MaxValue).WaitForStatusAsync("c-1", ClusterStatus.Running, Options);
        var operationClock = new StepClock();
        var operationWait = ScriptedOperation(operationClock, completeAfterFetches: int.MaxValue, CloudOperationStatus.Succeeded).WaitForCompletionAsync(Options);

        var clusterError = await Assert.ThrowsAsync<ClusterWaitException>(() => clusterClock.DriveAsync(clusterWait));
        var operationError = await Assert.ThrowsAsync<CloudOperationTimeoutException>(() => operationClock.DriveAsync(operationWait));

        Assert.Equal(ScheduleToDeadline, clusterClock.Pauses);
        Assert.Equal(ScheduleToDeadline, operationClock.Pauses);
        foreach (CloudApiException error in new CloudApiException[] { clusterError, operationError })
        {
            Assert.Equal(CloudErrorCodes.WaitTimeout, error.ErrorCode);
            Assert.True(error.IsRetryable);
            Assert.Equal(0, error.StatusCode);
        }

        Assert.Equal("test", clusterError.Provider);
        Assert.Equal("lakesail", operationError.Provider);
        Assert.Equal(ClusterStatus.Provisioning, clusterError.LastSeen?.Status);
    }

    [Fact]
    public async Task A_failed_operation_and_a_failed_cluster_end_their_waits_as_CloudApiExceptions()
    {
        var clusterClock = new StepClock();
        var failing = new ScriptedClusters(clusterClock, readyAfterLooks: 2, finalStatus: ClusterStatus.Failed);
        var operationClock = new StepClock();
        var operation = ScriptedOperation(operationClock, completeAfterFetches: 1, CloudOperationStatus.Failed);

        CloudApiException clusterError = await Assert.ThrowsAsync<ClusterWaitException>(() => clusterClock.DriveAsync(failing.WaitForStatusAsync("c-1", ClusterStatus.Running, Options)));
        CloudApiException operationError = await Assert.ThrowsAsync<CloudOperationFailedException>(() => operationClock.DriveAsync(operation.WaitForCompletionAsync(Options)));

        Assert.Equal(CloudErrorCodes.WaitFailed, clusterError.ErrorCode);
        Assert.False(clusterError.IsRetryable);
        Assert.Equal(CloudErrorCodes.OperationFailed, operationError.ErrorCode);
        Assert.Equal([5.0], clusterClock.Pauses);
        Assert.Equal([5.0], operationClock.Pauses);
    }

    private static CloudOperation ScriptedOperation(StepClock clock, int completeAfterFetches, CloudOperationStatus finalStatus)
    {
        var fetches = 0;
        var operation = new CloudOperation("lakesail", "op-1") { Status = CloudOperationStatus.Running };
        return operation.Attach(
            (id, _) =>
            {
                fetches++;
                var status = fetches >= completeAfterFetches ? finalStatus : CloudOperationStatus.Running;
                return Task.FromResult(new CloudOperation("lakesail", id) { Status = status, RawStatus = status.ToString() });
            },
            restart: null,
            clock);
    }

    /// <summary>A provider whose cluster is Provisioning until the given look, then <c>finalStatus</c>.</summary>
    private sealed class ScriptedClusters(TimeProvider clock, int readyAfterLooks, ClusterStatus finalStatus = ClusterStatus.Running) : ClusterProviderBase(clock)
    {
        private int _looks;

        public override string Name => "test";

        public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.Get);

        public override Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default)
        {
            var status = ++_looks >= readyAfterLooks ? finalStatus : ClusterStatus.Provisioning;
            return Task.FromResult(new ClusterInfo { Provider = Name, Id = clusterId, Name = clusterId, Status = status, RawStatus = status.ToString() });
        }

        public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("not needed here");
    }

    /// <summary>
    /// A fake clock that records the due time of each timer (each pause) and is advanced by exactly that much, once
    /// the waiter has set it: the schedule is read off without overshoot or races.
    /// </summary>
    private sealed class StepClock : TimeProvider
    {
        private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _fake = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        private readonly DateTimeOffset _start;
        private readonly List<double> _pauses = [];

        public StepClock() => _start = _fake.GetUtcNow();

        public IReadOnlyList<double> Pauses
        {
            get
            {
                lock (_pauses)
                {
                    return [.. _pauses];
                }
            }
        }

        public TimeSpan Elapsed => _fake.GetUtcNow() - _start;

        public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

        public override long GetTimestamp() => _fake.GetTimestamp();

        public override long TimestampFrequency => _fake.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            lock (_pauses)
            {
                _pauses.Add(dueTime.TotalSeconds);
            }

            return _fake.CreateTimer(callback, state, dueTime, period);
        }

        /// <summary>Advances the clock by each pause as the waiter sets it, until the wait ends (bounded in steps and real time).</summary>
        public async Task<T> DriveAsync<T>(Task<T> wait)
        {
            var advanced = 0;
            for (var spins = 0; !wait.IsCompleted && spins < 20_000; spins++)
            {
                var pauses = Pauses;
                if (pauses.Count > advanced)
                {
                    _fake.Advance(TimeSpan.FromSeconds(pauses[advanced++]));
                    continue;
                }

                await Task.Delay(1);
            }

            return await wait.WaitAsync(TimeSpan.FromMinutes(1));
        }
    }
}
