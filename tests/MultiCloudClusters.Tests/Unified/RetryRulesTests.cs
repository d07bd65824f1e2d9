using System.Globalization;
using System.Net;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Resilience;
using Polly.Timeout;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>The retry decisions on their own: server hints, idempotency, transient statuses, transport errors.</summary>
public sealed class RetryRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    private static CloudError Error(int status, bool? retryable = null, TimeSpan? retryAfter = null) => new()
    {
        Provider = "test",
        StatusCode = status,
        Message = "m",
        RetryableHint = retryable,
        RetryAfter = retryAfter,
    };

    [Theory]
    [InlineData("2", 2)]
    [InlineData(" 5 ", 5)]
    [InlineData("0", 0)]
    public void RetryAfter_Seconds(string header, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterHint.FromHeader(header, Now));

    [Fact]
    public void RetryAfter_HttpDate_IsTheTimeUntilThen()
    {
        var header = Now.AddSeconds(90).ToString("r", CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfterHint.FromHeader(header, Now));
    }

    [Fact]
    public void RetryAfter_DateInThePast_IsZero() =>
        Assert.Equal(TimeSpan.Zero, RetryAfterHint.FromHeader(Now.AddMinutes(-5).ToString("r", CultureInfo.InvariantCulture), Now));

    [Fact]
    public void RetryAfter_Huge_IsCappedAtTheCeiling() =>
        Assert.Equal(RetryAfterHint.Ceiling, RetryAfterHint.FromHeader("99999999", Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    public void RetryAfter_Absent_OrUnreadable_IsNull(string? header) =>
        Assert.Null(RetryAfterHint.FromHeader(header, Now));

    [Theory]
    [InlineData(408, true, true)]
    [InlineData(429, true, true)]
    [InlineData(429, false, true)] // refused without acting: safe for any method
    [InlineData(500, true, true)]
    [InlineData(500, false, false)] // a create may have happened
    [InlineData(502, false, false)]
    [InlineData(503, true, true)]
    [InlineData(503, false, false)]
    [InlineData(504, true, true)]
    [InlineData(501, true, false)]
    [InlineData(400, true, false)]
    [InlineData(404, true, false)]
    [InlineData(409, true, false)]
    public void ByStatus(int status, bool idempotent, bool expected) =>
        Assert.Equal(expected, RetryDecision.ShouldRetry(Error(status), idempotent, Cap));

    [Fact]
    public void RetryableFalse_IsNeverRetried() =>
        Assert.False(RetryDecision.ShouldRetry(Error(503, retryable: false), idempotent: true, Cap));

    [Fact]
    public void RetryableTrue_IsRetried_EvenForACreate() =>
        Assert.True(RetryDecision.ShouldRetry(Error(500, retryable: true), idempotent: false, Cap));

    [Fact]
    public void RetryAfter_BeyondTheCap_IsNotRetried()
    {
        Assert.False(RetryDecision.ShouldRetry(Error(429, retryAfter: TimeSpan.FromSeconds(31)), idempotent: true, Cap));
        Assert.True(RetryDecision.ShouldRetry(Error(429, retryAfter: TimeSpan.FromSeconds(30)), idempotent: true, Cap));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, false, true)] // never reached the server
    [InlineData(HttpRequestError.NameResolutionError, false, true)]
    [InlineData(HttpRequestError.SecureConnectionError, false, true)]
    [InlineData(HttpRequestError.ResponseEnded, false, false)] // may have been acted on
    [InlineData(HttpRequestError.Unknown, false, false)]
    [InlineData(HttpRequestError.ResponseEnded, true, true)]
    public void TransportErrors(HttpRequestError kind, bool idempotent, bool expected) =>
        Assert.Equal(expected, RetryDecision.ShouldRetry(new HttpRequestException(kind, "x"), idempotent));

    [Fact]
    public void Timeouts_AreRetriedOnlyWhenIdempotent()
    {
        Assert.True(RetryDecision.ShouldRetry(new TimeoutRejectedException(), idempotent: true));
        Assert.False(RetryDecision.ShouldRetry(new TimeoutRejectedException(), idempotent: false));
        Assert.False(RetryDecision.ShouldRetry(new OperationCanceledException(), idempotent: true));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    public void Idempotency_ByMethod(string method, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "http://127.0.0.1/");

        Assert.Equal(expected, IdempotencyRules.IsIdempotent(request));
    }

    [Fact]
    public void Idempotency_MarkOnTheRequest_Wins()
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/");
        using var get = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        post.Options.Set(RequestOptionKeys.Idempotent, true);
        get.Options.Set(RequestOptionKeys.Idempotent, false);

        Assert.True(IdempotencyRules.IsIdempotent(post));
        Assert.False(IdempotencyRules.IsIdempotent(get));
    }

    [Theory]
    [InlineData(400, CloudErrorKind.Validation)]
    [InlineData(422, CloudErrorKind.Validation)]
    [InlineData(401, CloudErrorKind.Unauthorized)]
    [InlineData(403, CloudErrorKind.Unauthorized)]
    [InlineData(404, CloudErrorKind.NotFound)]
    [InlineData(409, CloudErrorKind.Conflict)]
    [InlineData(423, CloudErrorKind.Conflict)]
    [InlineData(429, CloudErrorKind.Throttled)]
    [InlineData(500, CloudErrorKind.Other)]
    [InlineData(0, CloudErrorKind.Other)]
    public void KindOfStatus(int status, CloudErrorKind kind) => Assert.Equal(kind, CloudError.KindOf(status));

    [Fact]
    public void DefaultResilienceOptions_AreValid()
    {
        var options = new ResilienceOptions();

        Assert.Empty(options.Validate("R"));
        Assert.Equal(3, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxServerDelay);
    }

    [Fact]
    public void ResilienceOptions_Validate_NamesTheField()
    {
        var problems = new ResilienceOptions { MaxRetryAttempts = -1, BaseDelay = TimeSpan.Zero, AttemptTimeout = TimeSpan.FromMinutes(5), TotalTimeout = TimeSpan.FromMinutes(1) }.Validate("Oks.Resilience").ToList();

        Assert.Contains(problems, p => p.StartsWith("Oks.Resilience.MaxRetryAttempts", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Oks.Resilience.BaseDelay", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Oks.Resilience.AttemptTimeout", StringComparison.Ordinal));
    }
}
