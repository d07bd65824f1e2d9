using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static MultiCloudClusters.Tests.Providers.LakeSail.LakeSailFixture;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>The server's retry hints end to end, on a fake clock: <c>retryable</c>, <c>retryAfter</c>, <c>Retry-After</c>, the cap.</summary>
public sealed class LakeSailRetryTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private static readonly ConnectionCreateRequest Create = new()
    {
        Name = "Production",
        CloudProvider = "aws",
        Account = new CloudAccountConfig { AccountId = "123456789012", Region = "us-east-1" },
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly LakeSailFixture _f;

    public LakeSailRetryTests() => _f = new LakeSailFixture(_time);

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task A_create_answered_503_retryable_with_retryAfter_1_is_sent_again_after_at_least_1_s()
    {
        _f.AnswerInSequence(
            (503, """{ "error": { "code": "UNAVAILABLE", "message": "busy", "errorType": "transient", "details": { "retryable": true, "retryAfter": 1 } } }"""),
            (201, ConnectionJson));

        var connection = await _f.DriveAsync(_f.Provider.CreateConnectionAsync(Create), Step);

        Assert.Equal("C0NN3CT10N", connection.Id);
        var requests = _f.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => AssertRequest(r, "POST", "/infra/connections"));
        Assert.Equal(requests[0].RequestMessage!.Body, requests[1].RequestMessage!.Body);
        var sent = _f.Recorder.SentAt.ToArray();
        Assert.InRange(sent[1] - sent[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1) + (3 * Step));
    }

    [Fact]
    public async Task A_Retry_After_header_longer_than_the_body_hint_is_obeyed()
    {
        _f.Wire.Server.Given(Request.Create().UsingAnyMethod()).InScenario("h").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "3")
                .WithBody("""{ "error": { "code": "UNAVAILABLE", "message": "busy", "details": { "retryable": true, "retryAfter": 1 } } }"""));
        _f.Wire.Server.Given(Request.Create().UsingAnyMethod()).InScenario("h").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(ConnectionJson));

        await _f.DriveAsync(_f.Provider.GetConnectionAsync("C0NN3CT10N"), Step);

        var sent = _f.Recorder.SentAt.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.True(sent[1] - sent[0] >= TimeSpan.FromSeconds(3), $"waited {sent[1] - sent[0]}");
    }

    [Fact]
    public async Task A_get_answered_503_retryable_false_is_sent_exactly_once()
    {
        _f.Answer(503, """{ "error": { "code": "MAINTENANCE", "message": "down for maintenance", "details": { "retryable": false, "requestId": "r-1" } } }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _f.DriveAsync(_f.Provider.GetConnectionAsync("C0NN3CT10N"), Step));

        Assert.Single(_f.Requests);
        Assert.Equal(503, ex.StatusCode);
        Assert.False(ex.IsRetryable);
        Assert.Equal("MAINTENANCE", ex.ErrorCode);
        Assert.Equal("r-1", ex.RequestId);
    }

    [Fact]
    public async Task A_retryAfter_beyond_MaxServerDelay_fails_fast_with_the_hint_on_the_exception()
    {
        _f.Answer(503, """{ "error": { "code": "UNAVAILABLE", "message": "come back later", "details": { "retryable": true, "retryAfter": 120 } } }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _f.DriveAsync(_f.Provider.GetConnectionAsync("C0NN3CT10N"), Step));

        Assert.Single(_f.Requests);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.True(ex.IsRetryable);
        Assert.Equal(TimeSpan.FromSeconds(30), _f.Options.Resilience.MaxServerDelay);
    }

    [Fact]
    public async Task An_absurd_retryAfter_is_clamped_and_not_waited_for()
    {
        _f.Answer(503, """{ "error": { "message": "later", "details": { "retryable": true, "retryAfter": 1e12 } } }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _f.DriveAsync(_f.Provider.GetConnectionAsync("C0NN3CT10N"), Step));

        Assert.Single(_f.Requests);
        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
    }

    [Fact]
    public async Task A_create_answered_503_without_a_hint_is_not_sent_twice()
    {
        _f.AnswerInSequence((503, """{ "error": { "message": "busy" } }"""), (201, ConnectionJson));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _f.DriveAsync(_f.Provider.CreateConnectionAsync(Create), Step));

        Assert.Single(_f.Requests);
        Assert.Equal(503, ex.StatusCode);
    }

    [Fact]
    public async Task A_sync_template_answered_503_without_a_hint_is_not_sent_twice()
    {
        _f.AnswerInSequence((503, "{}"), (202, """{ "id": "op-1", "status": "pending" }"""));

        await Assert.ThrowsAsync<CloudApiException>(() => _f.DriveAsync(_f.Provider.SyncTemplateAsync("C0NN3CT10N"), Step));

        Assert.Single(_f.Requests);
    }

    [Fact]
    public async Task A_get_answered_503_without_a_hint_is_retried_with_backoff()
    {
        _f.AnswerInSequence((503, """{ "error": { "message": "busy" } }"""), (200, ConnectionJson));

        var connection = await _f.DriveAsync(_f.Provider.GetConnectionAsync("C0NN3CT10N"), Step);

        Assert.Equal("C0NN3CT10N", connection.Id);
        Assert.Equal(2, _f.Requests.Count);
    }

    [Fact]
    public async Task A_verify_answered_503_is_retried_because_verifying_twice_is_harmless()
    {
        _f.AnswerInSequence((503, "{}"), (200, ConnectionJson));

        await _f.DriveAsync(_f.Provider.VerifyConnectionAsync("C0NN3CT10N"), Step);

        Assert.Equal(2, _f.Requests.Count);
    }

    [Fact]
    public async Task A_429_with_retryable_false_is_not_retried()
    {
        _f.Answer(429, """{ "error": { "code": "QUOTA", "message": "daily quota used up", "details": { "retryable": false } } }""");

        var ex = await Assert.ThrowsAsync<CloudThrottledException>(() => _f.DriveAsync(_f.Provider.GetConnectionAsync("C0NN3CT10N"), Step));

        Assert.Single(_f.Requests);
        Assert.False(ex.IsRetryable);
    }
}
