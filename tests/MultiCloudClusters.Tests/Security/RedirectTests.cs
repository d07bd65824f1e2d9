using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 1 of issue 11: no redirect is followed. Every provider, auth scheme and construction path, on a
/// single-object GET and on a create, answered 301/302/303/307/308 towards a second listener: the call
/// fails with a typed, non-retryable redirect error naming the status and the target host (never its path
/// or query), the redirect is not retried, and nothing at all reaches the second listener.
/// </summary>
public sealed class RedirectTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    /// <summary>The path and query of the redirect target: they may hold secrets and must never enter a message.</summary>
    internal const string TrapPathAndQuery = "/steal/path-secret-7f3a?sig=query-secret-9c2e";

    private static readonly int[] RedirectStatuses = [301, 302, 303, 307, 308];

    /// <summary>
    /// Provider, auth, construction, status, call (<c>read</c> or <c>create</c>) and what is redirected
    /// (<c>api</c>: the API call; <c>token</c>: the Imply client-credentials token POST).
    /// </summary>
    public static TheoryData<string, string, Construction, int, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, Construction, int, string, string>();
            foreach (var (provider, auth) in SecurityTargets.Schemes)
            {
                foreach (var construction in (Construction[])[Construction.Constructor, Construction.DependencyInjection])
                {
                    foreach (var status in RedirectStatuses)
                    {
                        data.Add(provider, auth, construction, status, "read", "api");
                        data.Add(provider, auth, construction, status, "create", "api");
                        if (auth == "client-credentials")
                        {
                            data.Add(provider, auth, construction, status, "read", "token");
                            data.Add(provider, auth, construction, status, "create", "token");
                        }
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_redirect_is_a_typed_error_and_nothing_reaches_the_other_host(string provider, string auth, Construction construction, int status, string call, string redirected)
    {
        await using var elsewhere = Elsewhere();
        await using var server = fixture.NewServer();
        var tokenPath = server.At(fixture.Emulator.Imply.TokenEndpoint).AbsolutePath;
        var redirects = 0;
        server.Behaviour = exchange =>
        {
            var isToken = exchange.Request.Path == tokenPath;
            if (isToken == (redirected == "token"))
            {
                Interlocked.Increment(ref redirects);
                return exchange.RedirectAsync(status, new Uri(elsewhere.Root, TrapPathAndQuery));
            }

            return exchange.ForwardAndRespondAsync();
        };
        await using var target = await fixture.TargetAsync(provider, auth, construction, server);

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(() => call == "read" ? target.ReadAsync() : target.CreateAsync());

        AssertRedirectError(ex, provider, status, $"host 127.0.0.1:{elsewhere.Root.Port}");
        Assert.Equal(1, redirects); // not retried
        Assert.Empty(elsewhere.Requests);
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task A_redirect_to_another_path_of_the_same_host_is_refused_too(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer();
        var redirects = 0;
        server.Behaviour = exchange => Interlocked.Increment(ref redirects) == 1
            ? exchange.RespondAsync(new HostileResponse(302, [new("Location", TrapPathAndQuery)], []))
            : exchange.ForwardAndRespondAsync();
        await using var target = await fixture.TargetAsync(provider, auth, construction, server);

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(() => target.ReadAsync());

        AssertRedirectError(ex, provider, 302, $"host 127.0.0.1:{server.Root.Port}");
        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task A_redirect_without_a_location_is_refused(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer(exchange => exchange.RespondAsync(new HostileResponse(307, [], [])));
        await using var target = await fixture.TargetAsync(provider, auth, construction, server);

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(() => target.ReadAsync());

        AssertRedirectError(ex, provider, 307, "redirect");
        Assert.Single(server.Requests);
    }

    /// <summary>
    /// A caller may pass a network handler of their own that follows redirects: the library cannot stop that
    /// handler from sending, but the answer of the other host is refused and nothing in it is used.
    /// </summary>
    [Theory]
    [MemberData(nameof(Schemes2))]
    public async Task An_answer_from_another_host_behind_a_following_handler_is_refused(string provider, string auth)
    {
        await using var elsewhere = Elsewhere();
        await using var server = fixture.NewServer();
        var tokenPath = server.At(fixture.Emulator.Imply.TokenEndpoint).AbsolutePath;
        server.Behaviour = exchange => exchange.Request.Path == tokenPath
            ? exchange.ForwardAndRespondAsync()
            : exchange.RedirectAsync(307, new Uri(elsewhere.Root, TrapPathAndQuery));
        using var following = new SocketsHttpHandler { AllowAutoRedirect = true, UseCookies = false };
        await using var target = await fixture.TargetAsync(provider, auth, Construction.Constructor, server, primaryHandler: following);

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(() => target.ReadAsync());

        Assert.Equal(CloudErrorKind.Redirect, ex.Error.Kind);
        Assert.False(ex.IsRetryable);
        Assert.Contains($"came from host 127.0.0.1:{elsewhere.Root.Port}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.ToString(), StringComparison.Ordinal);
        Assert.Single(elsewhere.Requests); // the caller's handler went there once; the library did not retry
    }

    /// <summary>The pairs of <see cref="SecurityTargets.Schemes"/> as theory data.</summary>
    public static TheoryData<string, string> Schemes2
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (provider, auth) in SecurityTargets.Schemes)
            {
                data.Add(provider, auth);
            }

            return data;
        }
    }

    /// <summary>A second listener that answers everything with success, a rotated OKS token and a cookie.</summary>
    internal static HostileServer Elsewhere() => HostileServer.Start(behaviour: exchange => exchange.RespondAsync(
        HostileResponse.Json(200, "{}", ("Access-Token", "stolen-access-token"), ("Refresh-Token", "stolen-refresh-token"), ("Set-Cookie", "evil=1; Path=/"))));

    internal static void AssertRedirectError(CloudApiException ex, string provider, int status, string names)
    {
        Assert.Equal(CloudErrorKind.Redirect, ex.Error.Kind);
        Assert.Equal("Redirect", ex.ErrorCode);
        Assert.Equal(provider, ex.Provider);
        Assert.Equal(status, ex.StatusCode);
        Assert.False(ex.IsRetryable);
        Assert.Contains($"HTTP {status}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(names, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("path-secret", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("query-secret", ex.ToString(), StringComparison.Ordinal);
    }
}
