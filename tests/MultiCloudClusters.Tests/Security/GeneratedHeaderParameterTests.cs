using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 2 of issue 11 for header parameters of the generated <c>Api</c> calls (added by generated code without
/// validation): a hostile argument is refused naming the header, before anything is sent.
/// </summary>
public sealed class GeneratedHeaderParameterTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    /// <summary>Hostile value label × construction path.</summary>
    public static TheoryData<string, Construction> ValueCases => HeaderValueTests.ValueCases;

    [Theory]
    [MemberData(nameof(ValueCases))]
    public async Task A_hostile_header_argument_is_refused_naming_the_header(string label, Construction construction)
    {
        await using var server = fixture.NewServer();
        await using var target = await fixture.TargetAsync("oks", "aksk-otp", construction, server);
        var api = ((OksClusterProvider)target.Instance).Api;

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => api.GetClientIPAsync(realIp: "203.0.113.7" + HeaderValueTests.Suffix(label)));

        var error = Assert.Single(ex.FieldErrors);
        Assert.Equal("X-Real-IP", error.Field);
        Assert.Equal("must not contain control characters or non-ASCII", error.Message);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(Construction.Constructor)]
    [InlineData(Construction.DependencyInjection)]
    public async Task Control_a_clean_header_argument_is_sent(Construction construction)
    {
        await using var server = fixture.NewServer(exchange => exchange.RespondAsync(HostileResponse.Json(200, """{"ResponseContext":{"RequestId":"r1"}}""")));
        await using var target = await fixture.TargetAsync("oks", "aksk-otp", construction, server);
        var api = ((OksClusterProvider)target.Instance).Api;

        await api.GetClientIPAsync(realIp: "203.0.113.7");

        Assert.Equal("203.0.113.7", Assert.Single(server.Requests).Header("X-Real-IP"));
    }
}
