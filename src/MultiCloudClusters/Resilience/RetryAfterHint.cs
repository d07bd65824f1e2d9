using System.Globalization;

namespace MultiCloudClusters.Resilience;

/// <summary>
/// Reads the waits servers ask for: the HTTP <c>Retry-After</c> header and providers' body hints. Strict on
/// purpose: a value that is not exactly what RFC 9110 allows is ignored (our own back-off applies), so a
/// malformed or hostile header can neither make us hammer a server nor park a caller.
/// </summary>
internal static class RetryAfterHint
{
    /// <summary>The longest hint we take literally; anything beyond is clamped (a server bug must not park a caller for days).</summary>
    public static readonly TimeSpan Ceiling = TimeSpan.FromHours(1);

    // RFC 9110 §5.6.7: IMF-fixdate, then the two obsolete forms a recipient must still accept.
    private static readonly string[] HttpDateFormats =
    [
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",   // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'",    // RFC 850:     Sunday, 06-Nov-94 08:49:37 GMT
        "ddd MMM  d HH:mm:ss yyyy",          // asctime:     Sun Nov  6 08:49:37 1994
        "ddd MMM dd HH:mm:ss yyyy",          // asctime with a two-digit day
    ];

    /// <summary>
    /// Parses a <c>Retry-After</c> value: delta-seconds (a non-negative integer, digits only) or an HTTP-date
    /// (relative to <paramref name="now"/>; a date in the past means no wait). Anything else — fractions,
    /// signs, other date formats — gives null.
    /// </summary>
    public static TimeSpan? FromHeader(string? value, DateTimeOffset now)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Trim(' ', '\t');
        if (text.Length == 0)
        {
            return null;
        }

        if (IsDigits(text))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < (long)Ceiling.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : Ceiling;
        }

        if (DateTime.TryParseExact(text, HttpDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = new DateTimeOffset(date, TimeSpan.Zero) - now;
            return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait > Ceiling ? Ceiling : wait;
        }

        return null;
    }

    /// <summary>
    /// Parses the <c>Retry-After</c> header of a response, given every value it carried: exactly one value
    /// counts; none, or several (which disagree, or repeat what one would say), give null.
    /// </summary>
    public static TimeSpan? FromHeader(IEnumerable<string>? values, DateTimeOffset now)
    {
        if (values is null)
        {
            return null;
        }

        string? single = null;
        foreach (var value in values)
        {
            if (single is not null)
            {
                return null;
            }

            single = value;
        }

        return FromHeader(single, now);
    }

    /// <summary>A body hint in seconds (possibly fractional); negative or non-finite values are no hint, absurd ones are clamped.</summary>
    public static TimeSpan? FromSeconds(double? seconds) =>
        seconds is { } s && double.IsFinite(s) && s >= 0 ? TimeSpan.FromSeconds(Math.Min(s, Ceiling.TotalSeconds)) : null;

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
