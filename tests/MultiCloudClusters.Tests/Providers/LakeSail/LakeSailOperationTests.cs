using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.LakeSail;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static MultiCloudClusters.Tests.Providers.LakeSail.LakeSailFixture;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>Long-running operations: start, rehydrate, poll with growing pauses, fail with every error field, time out, retry on request.</summary>
public sealed class LakeSailOperationTests : IDisposable
{
    private const string SyncPath = "/infra/connections/C0NN3CT10N/sync-template";
    private const string OperationPath = "/operations/op-1";

    private const string FailedJson = """
        {
          "id": "op-1", "operation": "connection.syncTemplate", "status": "failed", "resourceType": "connection", "resourceId": "C0NN3CT10N",
          "error": {
            "code": "STACK_UPDATE_FAILED",
            "message": "The stack update was rolled back",
            "errorType": "cloudformation",
            "details": {
              "retryable": true,
              "retryAfter": 5,
              "fieldErrors": { "roleArn": "not assumable" },
              "requestId": "req-42",
              "causedBy": "UPDATE_ROLLBACK_COMPLETE"
            }
          },
          "completedAt": "2025-03-01T10:05:00Z"
        }
        """;

    private static readonly WaitOptions FastWait = new() { InitialInterval = TimeSpan.FromSeconds(2), MaxInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(1) };

    private readonly TimerRecordingTime _time = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly LakeSailFixture _f;

    public LakeSailOperationTests() => _f = new LakeSailFixture(_time);

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task SyncTemplate_posts_without_body_and_maps_the_operation()
    {
        Sync(202, """
            {
              "id": "op-1", "organizationId": "0RG", "memberId": "M3M", "operation": "connection.syncTemplate", "status": "running",
              "result": { "note": "partial" },
              "progress": {
                "stage": "updating-stack", "message": "Updating IAM role",
                "resources": [ { "urn": "urn:role", "type": "aws:iam:Role", "name": "LakeSailConnection", "operation": "update", "status": "in-progress", "duration": 12.5 } ],
                "summary": { "total": 5, "pending": 1, "running": 1, "succeeded": 2, "failed": 0, "unchanged": 1 }
              },
              "resourceType": "connection", "resourceId": "C0NN3CT10N",
              "createdAt": "2025-03-01T10:00:00Z", "updatedAt": "2025-03-01T10:00:05Z", "startedAt": "2025-03-01T10:00:01Z", "completedAt": null
            }
            """);

        var operation = await _f.Provider.SyncTemplateAsync("C0NN3CT10N");

        var request = _f.SingleRequest("POST", SyncPath);
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
        Assert.Equal("lakesail", operation.Provider);
        Assert.Equal("op-1", operation.Id);
        Assert.Equal("connection.syncTemplate", operation.Kind);
        Assert.Equal(CloudOperationStatus.Running, operation.Status);
        Assert.Equal("running", operation.RawStatus);
        Assert.False(operation.HasCompleted);
        Assert.Equal("updating-stack", operation.Progress!.Stage);
        Assert.Equal("Updating IAM role", operation.Progress.Message);
        Assert.Equal(new CloudOperationResourceCounts { Total = 5, Pending = 1, Running = 1, Succeeded = 2, Failed = 0, Unchanged = 1 }, operation.Progress.Counts);
        Assert.Equal("connection", operation.ResourceType);
        Assert.Equal("C0NN3CT10N", operation.ResourceId);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero), operation.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 5, TimeSpan.Zero), operation.UpdatedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 1, TimeSpan.Zero), operation.StartedAt);
        Assert.Null(operation.CompletedAt);
        Assert.Null(operation.Error);
        Assert.Equal("partial", ((JsonElement)operation.Result!).GetProperty("note").GetString());
        var native = Assert.IsType<LakeSailOperation>(operation.Native);
        Assert.Equal(12.5, Assert.Single(native.Progress!.Resources).Duration);
    }

    [Fact]
    public async Task An_operation_moves_pending_running_succeeded_over_polls_with_growing_pauses()
    {
        Sync(200, """{ "id": "op-1", "status": "pending" }""");
        Polls(
            """{ "id": "op-1", "status": "running", "progress": { "stage": "deploying" } }""",
            """{ "id": "op-1", "status": "succeeded", "result": { "stackStatus": "UPDATE_COMPLETE" }, "completedAt": "2025-03-01T10:00:05Z" }""");

        var operation = await _f.Provider.SyncTemplateAsync("C0NN3CT10N");
        Assert.Equal(CloudOperationStatus.Pending, operation.Status);

        var done = await _f.DriveAsync(operation.WaitForCompletionAsync(FastWait), TimeSpan.FromMilliseconds(250));

        Assert.Same(operation, done);
        Assert.Equal(CloudOperationStatus.Succeeded, operation.Status);
        Assert.True(operation.HasCompleted);
        Assert.Equal("UPDATE_COMPLETE", ((JsonElement)operation.Result!).GetProperty("stackStatus").GetString());
        var requests = _f.Requests;
        Assert.Equal(3, requests.Count);
        AssertRequest(requests[0], "POST", SyncPath);
        AssertRequest(requests[1], "GET", OperationPath);
        AssertRequest(requests[2], "GET", OperationPath);

        // The pauses the wait asked for: 2 s, then half as long again. Read from the timers (the pipeline's own run 30 s
        // and more), not from the gaps between sends: the test clock keeps moving while a request is on its way.
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], _time.Timers.Where(t => t >= TimeSpan.FromSeconds(1) && t < FastWait.MaxInterval));
        var sent = _f.Recorder.SentAt.ToArray();
        Assert.True(sent[1] - sent[0] >= TimeSpan.FromSeconds(2));
        Assert.True(sent[2] - sent[1] >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_failed_operation_throws_with_every_error_field_and_is_not_restarted_automatically()
    {
        Sync(202, """{ "id": "op-1", "status": "running" }""");
        Polls(FailedJson);

        var operation = await _f.Provider.SyncTemplateAsync("C0NN3CT10N");
        var ex = await Assert.ThrowsAsync<CloudOperationFailedException>(() => _f.DriveAsync(operation.WaitForCompletionAsync(FastWait), TimeSpan.FromMilliseconds(250)));

        Assert.Same(operation, ex.Operation);
        Assert.Equal(CloudOperationStatus.Failed, operation.Status);
        Assert.Equal("lakesail", ex.Provider);
        Assert.Equal(0, ex.StatusCode);
        Assert.Equal("STACK_UPDATE_FAILED", ex.ErrorCode);
        Assert.Equal("The stack update was rolled back", ex.ErrorMessage);
        Assert.Equal("cloudformation", ex.ErrorType);
        Assert.Equal("UPDATE_ROLLBACK_COMPLETE", ex.CausedBy);
        Assert.Equal("req-42", ex.RequestId);
        Assert.Equal(new FieldError("roleArn", "not assumable"), Assert.Single(ex.FieldErrors));
        Assert.True(ex.IsRetryable);
        Assert.Equal(TimeSpan.FromSeconds(5), ex.RetryAfter);
        Assert.True(operation.CanRetry);
        foreach (var fact in new[] { "op-1", "STACK_UPDATE_FAILED", "cloudformation", "UPDATE_ROLLBACK_COMPLETE", "req-42", "roleArn: not assumable", "retryable after 5 s" })
        {
            Assert.Contains(fact, ex.Message, StringComparison.Ordinal);
        }

        // A state-changing action is never started again on its own.
        Assert.Single(_f.Requests, r => r.RequestMessage!.Method == "POST");
    }

    [Fact]
    public async Task RetryAsync_waits_the_retry_after_then_starts_the_action_again()
    {
        Sync(202, """{ "id": "op-1", "status": "running" }""");
        Polls(FailedJson);
        var operation = await _f.Provider.SyncTemplateAsync("C0NN3CT10N");
        await Assert.ThrowsAsync<CloudOperationFailedException>(() => _f.DriveAsync(operation.WaitForCompletionAsync(FastWait), TimeSpan.FromMilliseconds(250)));
        var failedSeenAt = _time.GetUtcNow();

        _f.Wire.Server.Reset();
        Sync(202, """{ "id": "op-2", "status": "pending" }""");
        var retried = await _f.DriveAsync(operation.RetryAsync(), TimeSpan.FromMilliseconds(250));

        Assert.Equal("op-2", retried.Id);
        _f.SingleRequest("POST", SyncPath);
        Assert.True(_f.Recorder.SentAt.Last() - failedSeenAt >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RetryAsync_is_refused_when_the_platform_says_not_retryable()
    {
        Sync(202, """{ "id": "op-1", "status": "failed", "error": { "code": "BAD_ROLE", "message": "no", "details": { "retryable": false } } }""");

        var operation = await _f.Provider.SyncTemplateAsync("C0NN3CT10N");

        Assert.True(operation.HasCompleted);
        Assert.False(operation.CanRetry);
        Assert.False(operation.Error!.IsRetryable);
        await Assert.ThrowsAsync<InvalidOperationException>(() => operation.RetryAsync());
        Assert.Single(_f.Requests);
    }

    [Fact]
    public async Task A_failed_operation_without_error_still_fails_and_is_not_retryable()
    {
        Sync(202, """{ "id": "op-1", "status": "cancelled" }""");

        var operation = await _f.Provider.SyncTemplateAsync("C0NN3CT10N");
        var ex = await Assert.ThrowsAsync<CloudOperationFailedException>(() => operation.WaitForCompletionAsync(FastWait));

        Assert.Equal(CloudOperationStatus.Cancelled, operation.Status);
        Assert.False(ex.IsRetryable);
        Assert.Contains("cancelled", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOperation_rehydrates_by_id_and_WaitForOperation_polls_it()
    {
        Polls(
            """{ "id": "op-1", "operation": "connection.syncTemplate", "status": "running", "resourceId": "C0NN3CT10N" }""",
            """{ "id": "op-1", "status": "succeeded" }""");

        var operation = await _f.DriveAsync(_f.Provider.WaitForOperationAsync("op-1", FastWait), TimeSpan.FromMilliseconds(250));

        Assert.Equal(CloudOperationStatus.Succeeded, operation.Status);
        Assert.Equal(2, _f.Requests.Count);
        Assert.All(_f.Requests, r => AssertRequest(r, "GET", OperationPath));
    }

    [Fact]
    public async Task A_rehydrated_failed_operation_cannot_be_retried_because_its_action_is_unknown()
    {
        Polls(FailedJson);

        var operation = await _f.Provider.GetOperationAsync("op-1");

        Assert.Equal(CloudOperationStatus.Failed, operation.Status);
        Assert.True(operation.Error!.IsRetryable);
        Assert.False(operation.CanRetry);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => operation.RetryAsync());
        Assert.Contains("not known", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wait_that_runs_out_of_time_says_so_with_the_last_state()
    {
        Polls("""{ "id": "op-1", "status": "running" }""");
        var operation = await _f.Provider.GetOperationAsync("op-1");

        var ex = await Assert.ThrowsAsync<CloudOperationTimeoutException>(() =>
            _f.DriveAsync(operation.WaitForCompletionAsync(new WaitOptions { InitialInterval = TimeSpan.FromSeconds(1), MaxInterval = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(10) }), TimeSpan.FromMilliseconds(250)));

        Assert.Same(operation, ex.Operation);
        Assert.Equal(TimeSpan.FromSeconds(10), ex.Timeout);
        Assert.Contains("op-1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("did not finish within", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_wait_stops_it()
    {
        Polls("""{ "id": "op-1", "status": "running" }""");
        var operation = await _f.Provider.GetOperationAsync("op-1");
        using var cancel = new CancellationTokenSource();

        var wait = operation.WaitForCompletionAsync(FastWait, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Single(_f.Requests);
    }

    [Fact]
    public async Task A_poll_that_fails_over_http_surfaces_the_http_error()
    {
        _f.Answer(404, """{ "error": { "code": "OPERATION_NOT_FOUND", "message": "gone", "details": { "requestId": "r-9" } } }""");

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(() => _f.Provider.GetOperationAsync("op-1"));

        Assert.Equal("OPERATION_NOT_FOUND", ex.ErrorCode);
        Assert.Equal("r-9", ex.RequestId);
    }

    [Fact]
    public async Task An_operation_without_id_is_a_typed_error()
    {
        Sync(202, """{ "status": "pending" }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _f.Provider.SyncTemplateAsync("C0NN3CT10N"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Theory]
    [InlineData("pending", CloudOperationStatus.Pending)]
    [InlineData("queued", CloudOperationStatus.Pending)]
    [InlineData("running", CloudOperationStatus.Running)]
    [InlineData("in_progress", CloudOperationStatus.Running)]
    [InlineData("Succeeded", CloudOperationStatus.Succeeded)]
    [InlineData("completed", CloudOperationStatus.Succeeded)]
    [InlineData("failed", CloudOperationStatus.Failed)]
    [InlineData("cancelled", CloudOperationStatus.Cancelled)]
    [InlineData("canceled", CloudOperationStatus.Cancelled)]
    [InlineData("rolling-sideways", CloudOperationStatus.Unknown)]
    [InlineData(null, CloudOperationStatus.Unknown)]
    public void Raw_statuses_map_to_unified_ones(string? raw, CloudOperationStatus expected) =>
        Assert.Equal(expected, LakeSailStatusMap.Map(raw));

    private void Sync(int status, string body) =>
        _f.Wire.Server.Given(Request.Create().UsingPost().WithPath(Prefix + SyncPath))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    /// <summary>GET /operations/op-1 answers the bodies in order; the last one repeats.</summary>
    private void Polls(params string[] bodies)
    {
        for (var i = 0; i < bodies.Length; i++)
        {
            var given = _f.Wire.Server.Given(Request.Create().UsingGet().WithPath(Prefix + OperationPath)).InScenario("polls");
            if (i > 0)
            {
                given = given.WhenStateIs($"s{i}");
            }

            if (i < bodies.Length - 1)
            {
                given = given.WillSetStateTo($"s{i + 1}");
            }

            given.RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(bodies[i]));
        }
    }

    /// <summary>A fake clock that also notes the due time of every timer started on it.</summary>
    private sealed class TimerRecordingTime(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<TimeSpan> _timers = new();

        public IReadOnlyList<TimeSpan> Timers => [.. _timers];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _timers.Enqueue(dueTime);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
