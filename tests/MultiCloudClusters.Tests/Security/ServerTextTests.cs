using System.Reflection;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 7's one sanitiser (<c>Errors/ServerText</c>) and where it is applied: every text member of
/// <see cref="CloudError"/> as it is set; the raw body kept beside them and left out of <c>ToString()</c>.
/// </summary>
public sealed class ServerTextTests
{
    public static TheoryData<string, string> Escapes() => new()
    {
        { "a\r\nb", @"a\r\nb" },
        { "a\nX-Forged: 1", @"a\nX-Forged: 1" },
        { "tab\there", @"tab\there" },
        { "nul\0", @"nul\0" },
        { "\u001b[31mred\u001b[0m", @"\u001B[31mred\u001B[0m" },
        { "bell\u0007", @"bell\u0007" },
        { "del\u007f", @"del\u007F" },
        { "nel\u0085", @"nel\u0085" },
        { "line\u2028para\u2029", @"line\u2028para\u2029" },
        { "rtl\u202Eevil", @"rtl\u202Eevil" },
        { "zero\u200Bwidth", @"zero\u200Bwidth" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Control_and_invisible_characters_are_shown_escaped(string raw, string expected)
    {
        Assert.Equal(expected, ServerText.Clean(raw));
    }

    [Fact]
    public void Unpaired_surrogates_are_shown_escaped()
    {
        // (Not theory data: the test runner replaces unpaired surrogates in serialized arguments.)
        Assert.Equal(@"lone\uD800high", ServerText.Clean("lone\ud800high"));
        Assert.Equal(@"lone\uDC00low", ServerText.Clean("lone\udc00low"));
        Assert.Equal(@"end\uD83D", ServerText.Clean("end\ud83d"));
    }

    [Theory]
    [InlineData("Cluster not found")]
    [InlineData("Ünïcödé, 日本語 and 😀 stay as they are")]
    [InlineData("a \\ backslash and \"quotes\"")]
    public void Ordinary_text_is_returned_as_it_is(string text)
    {
        Assert.Same(text, ServerText.Clean(text));
    }

    [Fact]
    public void Null_stays_null()
    {
        Assert.Null(ServerText.Clean(null));
    }

    [Fact]
    public void Long_text_is_cut_to_the_cap_and_ends_with_an_ellipsis()
    {
        var cleaned = ServerText.Clean(new string('A', 100_000))!;

        Assert.Equal(ServerText.MaxLength, cleaned.Length);
        Assert.EndsWith("A…", cleaned, StringComparison.Ordinal);
        Assert.Equal("AAAA", ServerText.Clean("AAAA", 4));
        Assert.Equal("AAA…", ServerText.Clean("AAAAA", 4));
    }

    [Fact]
    public void The_cut_never_splits_an_escape_or_a_surrogate_pair()
    {
        var escapes = ServerText.Clean(string.Concat(Enumerable.Repeat("\u001b", 1000)), 20)!;
        var emoji = ServerText.Clean(string.Concat(Enumerable.Repeat("😀", 1000)), 20)!;

        Assert.Equal(@"\u001B\u001B\u001B…", escapes);
        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 9)) + "…", emoji);
    }

    [Theory]
    [InlineData("a\r\n\u001b\0b")]
    [InlineData("x")]
    [InlineData("\u2028\u202E\u0085")]
    public void Cleaning_cleaned_text_changes_nothing(string raw)
    {
        foreach (var cap in new[] { 5, 9, 40, ServerText.MaxLength })
        {
            var once = ServerText.Clean(raw + new string('B', cap), cap);
            Assert.Equal(once, ServerText.Clean(once, cap));
        }
    }

    [Fact]
    public void Every_text_member_of_a_cloud_error_is_cleaned_when_set_including_through_with()
    {
        const string Evil = "x\r\ny\u001b";
        var error = new CloudError
        {
            Provider = "oks",
            Message = Evil,
            ErrorCode = Evil,
            ErrorType = Evil,
            CausedBy = Evil,
            RequestId = Evil,
            FieldErrors = [new FieldError(Evil, Evil, Evil)],
            RawBody = Evil,
        };
        var copy = error with { Message = Evil + "2" };

        const string Clean = @"x\r\ny\u001B";
        Assert.All([error.Message, error.ErrorCode, error.ErrorType, error.CausedBy, error.RequestId, error.FieldErrors[0].Field, error.FieldErrors[0].Message, error.FieldErrors[0].Code], v => Assert.Equal(Clean, v));
        Assert.Equal(Clean + "2", copy.Message);
        Assert.Equal(Evil, error.RawBody);
        Assert.Equal(Evil, copy.RawBody);
        Assert.Equal(ServerText.MaxShortLength, new CloudError { Provider = "oks", Message = "m", ErrorCode = new string('C', 10_000) }.ErrorCode!.Length);
    }

    [Fact]
    public void A_cloud_errors_ToString_shows_every_member_but_the_raw_body()
    {
        var error = new CloudError { Provider = "oks", Message = "m", RawBody = "SECRET-LOOKING RAW BODY" };

        var text = error.ToString();

        Assert.DoesNotContain("SECRET-LOOKING", text, StringComparison.Ordinal);
        Assert.Contains("RawBody = 23 characters, not shown", text, StringComparison.Ordinal);
        foreach (var property in typeof(CloudError).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.Contains(property.Name + " = ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_exception_message_shows_at_most_twenty_field_errors_and_is_capped()
    {
        var fields = Enumerable.Range(0, 500).Select(i => new FieldError($"field{i}", new string('m', 900))).ToList();
        var exception = CloudApiException.FromError(new CloudError { Provider = "ame", StatusCode = 400, Message = "bad", FieldErrors = fields });

        Assert.True(exception.Message.Length <= ServerText.MaxMessageLength, $"{exception.Message.Length} characters");
        Assert.DoesNotContain("field20:", exception.Message, StringComparison.Ordinal);
        Assert.Equal(500, exception.FieldErrors.Count);
    }
}
