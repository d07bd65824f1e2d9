namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Control cases for the hostile-server kit: with the server forwarding honestly, every provider, auth
/// scheme and construction path reads, lists and creates through it. (If these fail, a hostile case that
/// "passes" proves nothing.)
/// </summary>
public sealed class HostileKitControlTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    [Theory]
    [MemberData(nameof(SecurityTargets.All), MemberType = typeof(SecurityTargets))]
    public async Task Honest_server_read_list_and_create_work(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer();
        await using var target = await fixture.TargetAsync(provider, auth, construction, server);

        await target.ReadAsync();
        await target.ListAsync();
        await target.CreateAsync();

        Assert.NotEmpty(server.Requests);
        Assert.Contains(server.Requests, r => r.Method == "GET");
        Assert.Contains(server.Requests, r => r.Method == "POST");
    }
}
