namespace MultiCloudClusters.Http;

/// <summary>
/// What bounds the reading of one response body: its size, how long the server may pause, and an absolute
/// deadline (what is left of the attempt and of the whole call when the attempt began).
/// </summary>
/// <param name="Provider">The provider key, for errors.</param>
/// <param name="MaxBytes">The largest body read.</param>
/// <param name="IdleTimeout">The longest pause between two pieces of the body.</param>
/// <param name="Deadline">The moment by which the whole body must have arrived.</param>
/// <param name="Time">The clock <paramref name="Deadline"/> is measured on.</param>
/// <param name="Idempotent">Whether the request may be repeated: decides whether a body lost mid-way is worth a retry.</param>
internal sealed record BodyLimits(string Provider, long MaxBytes, TimeSpan IdleTimeout, DateTimeOffset Deadline, TimeProvider Time, bool Idempotent)
{
    /// <summary>The time left until <see cref="Deadline"/> (zero when it has passed).</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = Deadline - Time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }
}
