using System.Text.RegularExpressions;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 8 of issue 11: every request of every provider (the Imply token request included, retries included)
/// carries <c>MultiCloudClusters/&lt;version&gt; (.NET &lt;runtime&gt;; &lt;os&gt;)</c>, followed by the
/// application's name when one is configured. EKS requests still pass the emulator's signature check.
/// </summary>
public sealed partial class UserAgentTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    [Theory]
    [MemberData(nameof(SecurityTargets.All), MemberType = typeof(SecurityTargets))]
    public async Task Every_request_carries_the_library_user_agent(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer();
        await using var target = await fixture.TargetAsync(provider, auth, construction, server);

        await target.ReadAsync();
        await target.CreateAsync();

        Assert.True(server.Requests.Count >= 2);
        Assert.All(server.Requests, r => Assert.Matches(LibraryOnly(), r.Header("User-Agent") ?? "(none)"));
        Assert.All(server.Requests, r => Assert.Single(r.Headers, h => h.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.All), MemberType = typeof(SecurityTargets))]
    public async Task The_application_name_is_appended(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer();
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, configureOptions: o => o.GetType().GetProperty("ApplicationName")!.SetValue(o, " InventoryJob/4.2 "));

        await target.ReadAsync();
        await target.ListAsync();

        Assert.NotEmpty(server.Requests);
        Assert.All(server.Requests, r => Assert.Matches(WithApplication(), r.Header("User-Agent") ?? "(none)"));
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task Retries_carry_it_too(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer(exchange => exchange.Number == 1
            ? exchange.RespondAsync(HostileResponse.Json(503, "{}"))
            : exchange.ForwardAndRespondAsync());
        await using var target = await fixture.TargetAsync(provider, auth, construction, server);

        await target.ReadAsync();

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Matches(LibraryOnly(), r.Header("User-Agent") ?? "(none)"));
    }

    [Theory]
    [MemberData(nameof(NameCases))]
    public async Task An_application_name_that_is_no_product_token_is_refused(string provider, string auth, string prefix, string name, Construction construction)
    {
        await using var server = fixture.NewServer();

        var ex = await Record.ExceptionAsync(() => fixture.TargetAsync(provider, auth, construction, server, configureOptions: o => o.GetType().GetProperty("ApplicationName")!.SetValue(o, name)));

        Assert.NotNull(ex);
        Assert.Contains($"{prefix}.ApplicationName must be a product token", ex.Message, StringComparison.Ordinal);
        Assert.True(construction == Construction.DependencyInjection || ex is InvalidRequestException);
        Assert.Empty(server.Requests);
    }

    /// <summary>One target per provider × names that are no product token × construction path.</summary>
    public static TheoryData<string, string, string, string, Construction> NameCases
    {
        get
        {
            var data = new TheoryData<string, string, string, string, Construction>();
            foreach (var (provider, auth, prefix) in ((string, string, string)[])[("oks", "aksk-otp", "Oks"), ("imply", "client-credentials", "Imply"), ("ame", "pat", "Ame"), ("eks", "keys-session", "Eks"), ("lakesail", "token", "LakeSail")])
            {
                foreach (var name in (string[])["My App", "app/1/2", "(app)", new string('a', 65)])
                {
                    data.Add(provider, auth, prefix, name, Construction.Constructor);
                    data.Add(provider, auth, prefix, name, Construction.DependencyInjection);
                }
            }

            return data;
        }
    }

    [GeneratedRegex(@"^MultiCloudClusters/[0-9]+\.[0-9]+\.[0-9]+[0-9A-Za-z.-]* \(\.NET [0-9]+\.[0-9]+\.[0-9]+[0-9.]*; (Linux|Windows|macOS|FreeBSD|Other) [0-9.]+\)$")]
    private static partial Regex LibraryOnly();

    [GeneratedRegex(@"^MultiCloudClusters/[0-9]+\.[0-9]+\.[0-9]+[0-9A-Za-z.-]* \(\.NET [0-9]+\.[0-9]+\.[0-9]+[0-9.]*; (Linux|Windows|macOS|FreeBSD|Other) [0-9.]+\) InventoryJob/4\.2$")]
    private static partial Regex WithApplication();
}
