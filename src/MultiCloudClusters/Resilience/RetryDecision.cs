using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Resilience;

/// <summary>
/// The one place that decides whether a failed attempt is tried again, and after how long.
/// The server's word comes first: an explicit <c>retryable: false</c> never retries; a requested wait
/// is a minimum, and a wait beyond our cap fails fast instead of sleeping.
/// </summary>
internal static class RetryDecision
{
    /// <summary>Whether a response that carried <paramref name="error"/> should be retried.</summary>
    /// <param name="error">The parsed error of the response.</param>
    /// <param name="idempotent">Whether the request may be repeated after an unknown outcome.</param>
    /// <param name="maxServerDelay">The longest server-requested wait we sit out.</param>
    public static bool ShouldRetry(CloudError error, bool idempotent, TimeSpan maxServerDelay)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.RetryableHint == false)
        {
            return false;
        }

        if (error.RetryAfter is { } wait && wait > maxServerDelay)
        {
            return false;
        }

        if (error.RetryableHint == true)
        {
            return true;
        }

        // 429 means the server refused the request without acting on it: safe for any method.
        if (error.StatusCode == 429)
        {
            return true;
        }

        return idempotent && CloudError.IsTransientStatus(error.StatusCode);
    }

    /// <summary>Whether a transport failure or timeout should be retried.</summary>
    public static bool ShouldRetry(Exception exception, bool idempotent) => exception switch
    {
        HttpRequestException http => idempotent || IdempotencyRules.FailedBeforeSending(http),

        // Inside the pipeline a CloudApiException can only come from authentication (e.g. a token
        // fetch), before the request left: safe to repeat when the failure is transient.
        CloudApiException { IsRetryable: true } => true,
        Polly.Timeout.TimeoutRejectedException => idempotent,
        _ => false,
    };
}
