using MultiCloudClusters.Errors;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Tests.Retries;

/// <summary>What Unified/RetryRulesTests does not cover: failures raised while authenticating, and exception types.</summary>
public class RetryDecisionTests
{
    [Fact]
    public void A_transient_failure_while_authenticating_is_retried_because_nothing_was_sent()
    {
        var tokenDown = new CloudApiException(new CloudError { Provider = "t", StatusCode = 503, Message = "token endpoint down" });
        var tokenRefused = new CloudUnauthorizedException(new CloudError { Provider = "t", StatusCode = 401, Message = "refused", Kind = CloudErrorKind.Unauthorized });
        Assert.True(RetryDecision.ShouldRetry(tokenDown, idempotent: false));
        Assert.False(RetryDecision.ShouldRetry(tokenRefused, idempotent: true));
        Assert.False(RetryDecision.ShouldRetry(new OperationCanceledException(), idempotent: true));
    }

    [Theory]
    [InlineData(404, typeof(CloudNotFoundException))]
    [InlineData(409, typeof(CloudConflictException))]
    [InlineData(423, typeof(CloudConflictException))]
    [InlineData(429, typeof(CloudThrottledException))]
    [InlineData(401, typeof(CloudUnauthorizedException))]
    [InlineData(403, typeof(CloudUnauthorizedException))]
    [InlineData(400, typeof(CloudValidationException))]
    [InlineData(422, typeof(CloudValidationException))]
    [InlineData(500, typeof(CloudApiException))]
    public void Each_status_kind_has_the_exception_type_users_catch(int status, Type expected)
    {
        var exception = CloudApiException.FromError(new CloudError { Provider = "t", StatusCode = status, Message = "m", Kind = CloudError.KindOf(status) });
        Assert.IsType(expected, exception);
        Assert.Contains($"HTTP {status}", exception.Message, StringComparison.Ordinal);
    }
}
