namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 1 of issue 11, the state a server can plant: cookies are never stored or sent back, and OKS tokens
/// rotated through response headers are taken up only from the configured endpoint, and only when they are
/// valid header values (rule 2).
/// </summary>
public sealed class SessionStateTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    private const string Rotated = "eyJhbGciOiJIUzI1NiJ9.rotated-by-the-endpoint.c2ln";

    [Theory]
    [MemberData(nameof(SecurityTargets.All), MemberType = typeof(SecurityTargets))]
    public async Task Cookies_a_server_sets_are_never_sent_back(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer(async exchange =>
        {
            var answer = await exchange.ForwardAsync();
            await exchange.RespondAsync(answer.With("Set-Cookie", $"session-{exchange.Number}=cookie-secret; Path=/").With("Set-Cookie", "tracker=1; Path=/; Max-Age=3600"));
        });
        await using var target = await fixture.TargetAsync(provider, auth, construction, server);

        await target.ReadAsync();
        await target.ReadAsync();
        await target.CreateAsync();

        Assert.True(server.Requests.Count >= 3);
        Assert.All(server.Requests, r => Assert.Null(r.Header("Cookie")));
    }

    [Theory]
    [InlineData(Construction.Constructor)]
    [InlineData(Construction.DependencyInjection)]
    public async Task Control_a_token_rotated_by_the_endpoint_is_taken_up(Construction construction)
    {
        await using var server = fixture.NewServer(async exchange =>
        {
            var answer = await exchange.ForwardAsync();
            await exchange.RespondAsync(exchange.Number == 1 ? answer.With("Access-Token", Rotated) : answer);
        });
        await using var target = await fixture.TargetAsync("oks", "jwt", construction, server);

        await target.ReadAsync();
        await target.ReadAsync();

        Assert.Equal(SecurityTargets.OksJwtAccess, server.Requests[0].Header("AccessToken"));
        Assert.Equal(Rotated, server.Requests[1].Header("AccessToken"));
        Assert.Equal(SecurityTargets.OksJwtRefresh, server.Requests[1].Header("RefreshToken"));
    }

    [Theory]
    [InlineData(Construction.Constructor, "rotated-caf\u00e9")]
    [InlineData(Construction.DependencyInjection, "rotated-caf\u00e9")]
    [InlineData(Construction.Constructor, "rotated\u007fdel")]
    [InlineData(Construction.DependencyInjection, "rotated\u007fdel")]
    public async Task A_rotated_token_that_is_no_valid_header_value_is_not_taken_up(Construction construction, string rotated)
    {
        await using var server = fixture.NewServer(async exchange =>
        {
            var answer = await exchange.ForwardAsync();
            await exchange.RespondAsync(exchange.Number == 1 ? answer.With("Access-Token", rotated).With("Refresh-Token", rotated) : answer);
        });
        await using var target = await fixture.TargetAsync("oks", "jwt", construction, server);

        await target.ReadAsync();
        await target.ReadAsync();

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(SecurityTargets.OksJwtAccess, server.Requests[1].Header("AccessToken"));
        Assert.Equal(SecurityTargets.OksJwtRefresh, server.Requests[1].Header("RefreshToken"));
    }

    [Fact]
    public async Task A_token_from_another_host_behind_a_following_handler_is_never_used()
    {
        await using var elsewhere = RedirectTests.Elsewhere();
        await using var server = fixture.NewServer(exchange => exchange.RedirectAsync(302, new Uri(elsewhere.Root, RedirectTests.TrapPathAndQuery)));
        using var following = new SocketsHttpHandler { AllowAutoRedirect = true, UseCookies = true };
        await using var target = await fixture.TargetAsync("oks", "jwt", Construction.Constructor, server, primaryHandler: following);

        await Assert.ThrowsAnyAsync<MultiCloudClusters.Errors.CloudApiException>(() => target.ReadAsync());
        Assert.Single(elsewhere.Requests);
        server.Behaviour = exchange => exchange.ForwardAndRespondAsync();
        server.ClearRequests();
        await target.ReadAsync();

        var next = Assert.Single(server.Requests);
        Assert.Equal(SecurityTargets.OksJwtAccess, next.Header("AccessToken"));
        Assert.Equal(SecurityTargets.OksJwtRefresh, next.Header("RefreshToken"));
        Assert.DoesNotContain("stolen", next.Everything, StringComparison.Ordinal);
    }
}
