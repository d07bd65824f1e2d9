using System.Globalization;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// <c>Retry-After</c> is read strictly (RFC 9110: delta-seconds or an HTTP-date); anything else is ignored and
/// our own back-off applies. Body hints that are negative are no hint.
/// </summary>
public sealed class RetryAfterTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, double?> HeaderTable => new()
    {
        { "1", 1 },
        { "0", 0 },
        { " 7\t", 7 },                                   // optional whitespace around a field value
        { "1.5", null },                                 // not an integer: once read as a date (5 January)
        { "-5", null },
        { "+5", null },
        { "12.31", null },                               // once read as a date: a one-hour wait
        { "2026-12-25", null },                          // ISO 8601 is not an HTTP-date
        { "Mon, 30 Nov 2026 11:59:00 GMT", 0 },          // IMF-fixdate in the past: no wait
        { "Mon, 30 Nov 2026 12:00:20 GMT", 20 },         // IMF-fixdate in the future
        { "Monday, 30-Nov-26 12:00:10 GMT", 10 },        // obsolete RFC 850 form, still to be accepted
        { "Mon Nov 30 12:00:05 2026", 5 },               // obsolete asctime form
        { "Mon, 30 Nov 2026 12:00:20 +0000", null },     // not GMT as the format demands
        { "30 Nov 2026 12:00:20 GMT", null },
        { "soon", null },
        { "", null },
        { "99999999999999999999", 3600 },                // absurd: clamped to the ceiling, then refused by MaxServerDelay
    };

    [Theory]
    [MemberData(nameof(HeaderTable))]
    public void The_header_is_read_strictly(string header, double? seconds) =>
        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, RetryAfterHint.FromHeader(header, Now));

    [Fact]
    public void Two_headers_are_no_hint() =>
        Assert.Null(RetryAfterHint.FromHeader(["2", "3"], Now));

    [Fact]
    public void One_header_of_a_list_counts() =>
        Assert.Equal(TimeSpan.FromSeconds(2), RetryAfterHint.FromHeader(["2"], Now));

    [Theory]
    [InlineData(-5.0, null)]
    [InlineData(-0.5, null)]
    [InlineData(double.NaN, null)]
    [InlineData(double.PositiveInfinity, null)]
    [InlineData(0.0, 0.0)]
    [InlineData(1.5, 1.5)]
    public void A_body_hint_that_is_negative_or_not_finite_is_no_hint(double hint, double? expected) =>
        Assert.Equal(expected is { } e ? TimeSpan.FromSeconds(e) : null, RetryAfterHint.FromSeconds(hint));

    [Fact]
    public void A_LakeSail_body_with_a_negative_retryAfter_carries_no_wait()
    {
        var parser = new LakeSailErrorParser();
        var error = parser.Parse(new ErrorResponse(503, null, """{"error":{"code":"Unavailable","message":"busy","details":{"retryable":true,"retryAfter":-5}}}"""));

        Assert.Null(error.RetryAfter);
        Assert.True(error.IsRetryable);
    }

    public static TheoryData<string, string, Construction, string> IgnoredHeaders
    {
        get
        {
            var data = new TheoryData<string, string, Construction, string>();
            foreach (var (provider, auth, construction) in SecurityTargets.OnePerProvider.Select(r => ((string)r[0], (string)r[1], (Construction)r[2])))
            {
                foreach (var header in new[] { "1.5", "12.31", "2026-12-25", "-5" })
                {
                    data.Add(provider, auth, construction, header);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(IgnoredHeaders))]
    public async Task A_malformed_header_is_ignored_and_back_off_retries(string provider, string auth, Construction construction, string header)
    {
        // Before: "12.31" and "2026-12-25" became a one-hour wait, so the call failed at once without a retry.
        await using var server = fixture.NewServer(exchange => exchange.Number == 1
            ? exchange.RespondAsync(HostileResponse.Json(503, "{}", ("Retry-After", header)))
            : exchange.ForwardAndRespondAsync());
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, SecurityTargets.QuickResilience(maxRetries: 2));

        await target.ReadAsync();

        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task Control_a_valid_wait_beyond_the_cap_fails_at_once_with_the_wait(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer(exchange => exchange.RespondAsync(HostileResponse.Json(503, "{}", ("Retry-After", "600"))));
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, SecurityTargets.QuickResilience(maxRetries: 2));

        var error = await Assert.ThrowsAsync<CloudApiException>(() => target.ReadAsync());

        Assert.Equal(TimeSpan.FromSeconds(600), error.RetryAfter);
        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task Control_a_past_http_date_retries_at_once(string provider, string auth, Construction construction)
    {
        var past = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("r", CultureInfo.InvariantCulture);
        await using var server = fixture.NewServer(exchange => exchange.Number == 1
            ? exchange.RespondAsync(HostileResponse.Json(503, "{}", ("Retry-After", past)))
            : exchange.ForwardAndRespondAsync());
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, SecurityTargets.QuickResilience(maxRetries: 1));

        await target.ReadAsync();

        Assert.Equal(2, server.Requests.Count);
    }
}
