using System.Globalization;

namespace MultiCloudClusters.Resilience;

/// <summary>Reads the waits servers ask for: the HTTP <c>Retry-After</c> header and providers' body hints.</summary>
public static class RetryAfterHint
{
    /// <summary>The longest hint we take literally; anything beyond is clamped (a server bug must not park a caller for days).</summary>
    public static readonly TimeSpan Ceiling = TimeSpan.FromHours(1);

    /// <summary>Parses a <c>Retry-After</c> value: delta-seconds or an HTTP date (relative to <paramref name="now"/>).</summary>
    public static TimeSpan? FromHeader(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Clamp(TimeSpan.FromSeconds(Math.Min(seconds, (long)Ceiling.TotalSeconds)));
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            return Clamp(date - now);
        }

        return null;
    }

    /// <summary>A body hint in seconds (possibly fractional); negative or absurd values are clamped.</summary>
    public static TimeSpan? FromSeconds(double? seconds) =>
        seconds is { } s && double.IsFinite(s) ? Clamp(TimeSpan.FromSeconds(Math.Min(s, Ceiling.TotalSeconds))) : null;

    private static TimeSpan Clamp(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value > Ceiling ? Ceiling : value;
}
