using System.Globalization;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Tests.Http;

public class IsoTimestampTests
{
    [Theory]
    [InlineData("2025-01-15T10:21:33Z")]
    [InlineData("2025-01-15t10:21:33z")]
    [InlineData("2025-01-15T10:21:33.1Z")]
    [InlineData("2025-01-15T10:21:33.123456Z")]
    [InlineData("2025-01-15T10:21:33.1234567Z")]
    [InlineData("2024-02-29T23:59:59+02:00")]
    [InlineData("2025-12-31T00:00:00-05:30")]
    [InlineData("2025-01-15 10:21:33Z")]          // not the fast form: the general parser takes it
    [InlineData("Wed, 15 Jan 2025 10:21:33 GMT")] // likewise
    [InlineData("2025-01-15")]
    public void Reads_what_the_general_parser_reads(string text)
    {
        var expected = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.Equal(expected, IsoTimestamp.Parse(text));
        Assert.Equal(expected.Offset, IsoTimestamp.Parse(text)!.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("string")]
    [InlineData("2025-02-30T10:21:33Z")]
    [InlineData("2025-13-01T10:21:33Z")]
    [InlineData("2025-01-15T25:21:33Z")]
    [InlineData("2025-01-15T10:21:33.Z")]
    public void Unreadable_text_is_null_not_an_exception(string? text) =>
        Assert.Null(IsoTimestamp.Parse(text));
}
