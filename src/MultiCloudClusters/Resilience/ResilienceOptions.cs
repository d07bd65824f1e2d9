using System.ComponentModel.DataAnnotations;

namespace MultiCloudClusters.Resilience;

/// <summary>How a provider's calls are retried, timed out and broken off. Every number has a sensible default.</summary>
public sealed class ResilienceOptions
{
    /// <summary>Retries after the first attempt (default 3: at most 4 attempts).</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay; later ones grow exponentially with jitter (default 500 ms).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest back-off delay of our own (default 20 s).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The longest wait a server may ask for (Retry-After or a body hint) that we sit out (default 30 s).
    /// A longer request fails at once with the hint in <see cref="Errors.CloudApiException.RetryAfter"/>.
    /// </summary>
    public TimeSpan MaxServerDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed to one attempt (default 30 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed to a call, all attempts and delays included (default 2 min).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The largest response body read (default 8 MiB); a larger one fails with <c>ResponseTooLarge</c>
    /// instead of being read whole. Error bodies are cut to their first 64 KiB whatever this says.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// The most pages one listing fetches (default 100,000); a server that still announces a further page
    /// after that ends the listing with a <see cref="Paging.PagingException"/>.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxPagesPerList { get; set; } = Paging.PagingLimits.DefaultMaxPages;

    /// <summary>
    /// How many empty pages in a row, each with a token for a further page, end a listing with a
    /// <see cref="Paging.PagingException"/> (default 100): such a listing makes no progress.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxConsecutiveEmptyPages { get; set; } = Paging.PagingLimits.DefaultMaxConsecutiveEmptyPages;

    /// <summary>Whether the circuit breaker is on (default true).</summary>
    public bool EnableCircuitBreaker { get; set; } = true;

    /// <summary>Share of failed attempts in the sampling window that opens the circuit (default 0.5).</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the window before the ratio counts (default 20).</summary>
    [Range(2, int.MaxValue)]
    public int CircuitMinimumThroughput { get; set; } = 20;

    /// <summary>The sampling window (default 30 s).</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls (default 15 s).</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Checks the numbers; returns one message per broken rule.</summary>
    public IEnumerable<string> Validate(string prefix)
    {
        if (MaxRetryAttempts is < 0 or > 10)
        {
            yield return $"{prefix}.MaxRetryAttempts must be between 0 and 10";
        }

        if (BaseDelay <= TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            yield return $"{prefix}.BaseDelay must be positive and not above MaxDelay";
        }

        if (MaxServerDelay < TimeSpan.Zero)
        {
            yield return $"{prefix}.MaxServerDelay must not be negative";
        }

        if (MaxResponseBytes < 64 * 1024)
        {
            yield return $"{prefix}.MaxResponseBytes must be at least 65536";
        }

        if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout < AttemptTimeout)
        {
            yield return $"{prefix}.AttemptTimeout must be positive and not above TotalTimeout";
        }

        if (MaxPagesPerList < 1 || MaxConsecutiveEmptyPages < 1)
        {
            yield return $"{prefix}.MaxPagesPerList and {prefix}.MaxConsecutiveEmptyPages must be at least 1";
        }

        if (CircuitFailureRatio is <= 0 or > 1 || CircuitMinimumThroughput < 2 || CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return $"{prefix}: the circuit breaker needs a ratio in (0, 1], a throughput of at least 2 and durations of at least 0.5 s";
        }
    }
}
