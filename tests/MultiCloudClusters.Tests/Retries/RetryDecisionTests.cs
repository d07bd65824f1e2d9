using System.Net;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Tests.Retries;

public class RetryDecisionTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    public static TheoryData<int, bool, bool> StatusCases => new()
    {
        // status, idempotent, expected
        { 408, true, true },
        { 429, true, true },
        { 500, true, true },
        { 502, true, true },
        { 503, true, true },
        { 504, true, true },
        { 423, true, true },
        { 501, true, false },
        { 400, true, false },
        { 404, true, false },
        { 409, true, false },
        { 429, false, true },  // refused without acting: safe even for a create
        { 500, false, false }, // a create may have happened: never re-sent
        { 503, false, false },
        { 408, false, false },
    };

    [Theory]
    [MemberData(nameof(StatusCases))]
    public void Status_and_idempotency_decide(int status, bool idempotent, bool expected)
    {
        var error = new CloudError { Provider = "t", StatusCode = status, Message = "m" };
        Assert.Equal(expected, RetryDecision.ShouldRetry(error, idempotent, Cap));
    }

    [Fact]
    public void An_explicit_retryable_false_wins_over_a_transient_status()
    {
        var error = new CloudError { Provider = "t", StatusCode = 503, Message = "m", RetryableHint = false };
        Assert.False(RetryDecision.ShouldRetry(error, idempotent: true, Cap));
    }

    [Fact]
    public void An_explicit_retryable_true_allows_a_create_to_be_retried()
    {
        var error = new CloudError { Provider = "t", StatusCode = 503, Message = "m", RetryableHint = true };
        Assert.True(RetryDecision.ShouldRetry(error, idempotent: false, Cap));
    }

    [Fact]
    public void A_server_wait_beyond_the_cap_fails_fast()
    {
        var error = new CloudError { Provider = "t", StatusCode = 429, Message = "m", RetryAfter = TimeSpan.FromSeconds(31) };
        Assert.False(RetryDecision.ShouldRetry(error, idempotent: true, Cap));
        Assert.True(RetryDecision.ShouldRetry(error with { RetryAfter = TimeSpan.FromSeconds(30) }, idempotent: true, Cap));
    }

    [Fact]
    public void Transport_failures_retry_a_create_only_when_nothing_was_sent()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "refused");
        var cut = new HttpRequestException(HttpRequestError.ResponseEnded, "cut");
        Assert.True(RetryDecision.ShouldRetry(refused, idempotent: false));
        Assert.False(RetryDecision.ShouldRetry(cut, idempotent: false));
        Assert.True(RetryDecision.ShouldRetry(cut, idempotent: true));
        Assert.False(RetryDecision.ShouldRetry(new Polly.Timeout.TimeoutRejectedException(), idempotent: false));
        Assert.True(RetryDecision.ShouldRetry(new Polly.Timeout.TimeoutRejectedException(), idempotent: true));
        Assert.False(RetryDecision.ShouldRetry(new OperationCanceledException(), idempotent: true));

        // A transient failure while authenticating happens before the request is sent.
        var tokenDown = new CloudApiException(new CloudError { Provider = "t", StatusCode = 503, Message = "token endpoint down" });
        var tokenRefused = new CloudUnauthorizedException(new CloudError { Provider = "t", StatusCode = 401, Message = "refused" });
        Assert.True(RetryDecision.ShouldRetry(tokenDown, idempotent: false));
        Assert.False(RetryDecision.ShouldRetry(tokenRefused, idempotent: true));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("HEAD", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    public void Methods_are_idempotent_by_their_semantics(string method, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "http://127.0.0.1/x");
        Assert.Equal(expected, IdempotencyRules.IsIdempotent(request));
    }

    [Fact]
    public void A_marked_post_is_idempotent_and_a_marked_get_is_not()
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/x");
        post.Options.Set(RequestOptionKeys.Idempotent, true);
        using var get = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/x");
        get.Options.Set(RequestOptionKeys.Idempotent, false);
        Assert.True(IdempotencyRules.IsIdempotent(post));
        Assert.False(IdempotencyRules.IsIdempotent(get));
    }

    [Fact]
    public void Retry_after_reads_seconds_and_dates_and_clamps()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(2), RetryAfterHint.FromHeader("2", now));
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfterHint.FromHeader(now.AddSeconds(90).ToString("r"), now));
        Assert.Equal(TimeSpan.Zero, RetryAfterHint.FromHeader(now.AddSeconds(-5).ToString("r"), now));
        Assert.Equal(RetryAfterHint.Ceiling, RetryAfterHint.FromHeader("99999999", now));
        Assert.Null(RetryAfterHint.FromHeader("soon", now));
        Assert.Null(RetryAfterHint.FromHeader(null, now));
        Assert.Equal(TimeSpan.FromSeconds(1.5), RetryAfterHint.FromSeconds(1.5));
        Assert.Equal(TimeSpan.Zero, RetryAfterHint.FromSeconds(-3));
        Assert.Null(RetryAfterHint.FromSeconds(double.NaN));
    }

    [Fact]
    public void Status_kinds_map_to_the_exception_types_users_catch()
    {
        static CloudApiException For(int status) => CloudApiException.FromError(new CloudError { Provider = "t", StatusCode = status, Message = "m", Kind = CloudError.KindOf(status) });
        Assert.IsType<CloudNotFoundException>(For(404));
        Assert.IsType<CloudConflictException>(For(409));
        Assert.IsType<CloudConflictException>(For(423));
        Assert.IsType<CloudThrottledException>(For(429));
        Assert.IsType<CloudUnauthorizedException>(For(401));
        Assert.IsType<CloudUnauthorizedException>(For(403));
        Assert.IsType<CloudValidationException>(For(400));
        Assert.IsType<CloudValidationException>(For(422));
        Assert.IsType<CloudApiException>(For(500));
        Assert.Contains("HTTP 500", For((int)HttpStatusCode.InternalServerError).Message, StringComparison.Ordinal);
    }
}
