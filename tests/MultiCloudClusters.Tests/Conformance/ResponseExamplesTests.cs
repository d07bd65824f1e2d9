namespace MultiCloudClusters.Tests.Conformance;

/// <summary>The loss check itself: a member the parsed object lacks or changed is reported; a value written back in another form is not.</summary>
public sealed class ResponseExamplesTests
{
    [Fact]
    public void A_missing_or_changed_member_is_reported_with_its_path()
    {
        var error = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() =>
            ResponseExamples.AssertLossless("""{ "a": 1, "b": "x", "c": [ { "d": true } ] }""", new { a = 2, c = new[] { new { d = true } } }));

        Assert.Contains("$.a: 1 became 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.b: missing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("$.c", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_instant_uuid_or_number_in_another_form_and_a_dropped_null_are_no_loss() =>
        ResponseExamples.AssertLossless(
            """{ "at": "2024-01-10T08:00:00Z", "id": "6F1C2E3D-4B5A-4C6D-8E7F-9A0B1C2D3E4F", "n": 1.50, "gone": null }""",
            new { at = new DateTimeOffset(2024, 1, 10, 8, 0, 0, TimeSpan.Zero), id = Guid.Parse("6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f"), n = 1.5, gone = (string?)null });
}
