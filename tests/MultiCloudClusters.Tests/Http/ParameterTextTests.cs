using System.Globalization;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Tests.Http;

/// <summary>The text a generated client puts in a path, query or header for a parameter value (NSwag's rules, without reflection).</summary>
public sealed class ParameterTextTests
{
    public static TheoryData<object?, string> Values => new()
    {
        { null, string.Empty },
        { "eu-west-2", "eu-west-2" },
        { true, "true" },
        { false, "false" },
        { 42, "42" },
        { -7L, "-7" },
        { 2.5, "2.5" },
        { new byte[] { 1, 2, 250 }, "AQL6" },
        { new[] { "a", "b,c" }, "a,b,c" },
        { new[] { 1, 2 }, "1,2" },
        { new object?[] { true, null, 3.5 }, "true,,3.5" },
        { Guid.Parse("6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f"), "6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_becomes_the_text_nswag_sends(object? value, string expected) =>
        Assert.Equal(expected, ParameterText.Format(value, CultureInfo.InvariantCulture));

    [Fact]
    public void Numbers_follow_the_culture_given() =>
        Assert.Equal("2,5", ParameterText.Format(2.5, CultureInfo.GetCultureInfo("fr-FR")));
}
