using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Errors;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>Bearer tokens: given as is, or from the client-credentials grant, cached, shared and renewed once on 401.</summary>
public sealed class ImplyAuthTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;
    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task The_token_is_fetched_once_with_the_client_credentials_form_and_reused()
    {
        _h.TokenEndpointIssues(3600, "tok-1");
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);
        var provider = _h.OAuthProvider(scope: "manage-clusters openid");

        await provider.GetClusterAsync(Id);
        await provider.GetClusterAsync(Id);

        var token = Assert.Single(_h.TokenRequests());
        Assert.Equal("POST", token.RequestMessage!.Method);
        Assert.StartsWith("application/x-www-form-urlencoded", ImplyHarness.Header(token, "Content-Type"));
        Assert.Null(ImplyHarness.Header(token, "Authorization"));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = ImplyHarness.ClientId,
                ["client_secret"] = ImplyHarness.ClientSecret,
                ["scope"] = "manage-clusters openid",
            },
            Form(token));
        Assert.Equal(2, _h.ApiRequests().Count);
        Assert.All(_h.ApiRequests(), e => Assert.Equal("Bearer tok-1", ImplyHarness.Header(e, "Authorization")));
    }

    [Fact]
    public async Task Without_a_scope_none_is_sent()
    {
        _h.TokenEndpointIssues(3600, "tok-1");
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);

        await _h.OAuthProvider().GetClusterAsync(Id);

        Assert.False(Form(Assert.Single(_h.TokenRequests())).ContainsKey("scope"));
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        _h.Server.Given(Request.Create().WithPath(ImplyHarness.TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{ "access_token": "tok-1", "token_type": "Bearer", "expires_in": 3600 }""").WithDelay(TimeSpan.FromMilliseconds(200)));
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);
        var provider = _h.OAuthProvider();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetClusterAsync(Id)));

        Assert.Single(_h.TokenRequests());
        Assert.Equal(8, _h.ApiRequests().Count);
    }

    [Fact]
    public async Task A_401_renews_the_token_once_and_the_second_request_succeeds()
    {
        _h.TokenEndpointIssues(3600, "tok-1", "tok-2");
        AnswerForToken("tok-1", 401, """{ "error": { "code": "Unauthorized", "message": "token expired" } }""");
        AnswerForToken("tok-2", 200, ImplyHarness.ClusterJson);

        var cluster = await _h.OAuthProvider().GetClusterAsync(Id);

        Assert.Equal(Id, cluster.Id);
        Assert.Equal(2, _h.TokenRequests().Count);
        Assert.Equal(["Bearer tok-1", "Bearer tok-2"], _h.ApiRequests().Select(e => ImplyHarness.Header(e, "Authorization")));
    }

    [Fact]
    public async Task A_renewed_token_that_is_refused_too_fails_without_looping()
    {
        _h.TokenEndpointIssues(3600, "tok-1", "tok-2", "tok-3");
        _h.Answer("GET", "/clusters/" + Id, 401, """{ "error": { "code": "Unauthorized", "message": "no role manage-clusters" } }""");

        var ex = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => _h.OAuthProvider().GetClusterAsync(Id));

        Assert.Equal("Unauthorized", ex.ErrorCode);
        Assert.Equal(2, _h.ApiRequests().Count);
        Assert.Equal(2, _h.TokenRequests().Count);
    }

    [Fact]
    public async Task A_fixed_access_token_is_not_renewed_on_401()
    {
        _h.Answer("GET", "/clusters/" + Id, 401, """{ "error": { "code": "Unauthorized", "message": "bad token" } }""");

        await Assert.ThrowsAsync<CloudUnauthorizedException>(() => _h.Provider().GetClusterAsync(Id));

        Assert.Single(_h.ApiRequests());
        Assert.Empty(_h.TokenRequests());
    }

    [Fact]
    public async Task The_token_is_renewed_a_minute_before_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        _h.TokenEndpointIssues(3600, "tok-1", "tok-2");
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);
        var provider = _h.OAuthProvider(time);

        await provider.GetClusterAsync(Id);
        time.Advance(TimeSpan.FromSeconds(3539));
        await provider.GetClusterAsync(Id);
        Assert.Single(_h.TokenRequests());

        time.Advance(TimeSpan.FromSeconds(2));
        await provider.GetClusterAsync(Id);

        Assert.Equal(2, _h.TokenRequests().Count);
        Assert.Equal(["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"], _h.ApiRequests().Select(e => ImplyHarness.Header(e, "Authorization")));
    }

    [Fact]
    public async Task A_short_lived_token_is_renewed_at_half_its_life()
    {
        var time = new FakeTimeProvider();
        _h.TokenEndpointIssues(60, "tok-1", "tok-2");
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);
        var provider = _h.OAuthProvider(time);

        await provider.GetClusterAsync(Id);
        time.Advance(TimeSpan.FromSeconds(29));
        await provider.GetClusterAsync(Id);
        time.Advance(TimeSpan.FromSeconds(2));
        await provider.GetClusterAsync(Id);

        Assert.Equal(2, _h.TokenRequests().Count);
    }

    [Fact]
    public async Task A_token_without_lifetime_is_kept_until_refused()
    {
        var time = new FakeTimeProvider();
        _h.TokenEndpointIssues(null, "tok-1", "tok-2");
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);
        var provider = _h.OAuthProvider(time);

        await provider.GetClusterAsync(Id);
        time.Advance(TimeSpan.FromDays(3));
        await provider.GetClusterAsync(Id);

        Assert.Single(_h.TokenRequests());
    }

    [Theory]
    [InlineData(401, """{ "error": "invalid_client", "error_description": "bad secret client-secret-V9w2Lm4Xr" }""", "invalid_client")]
    [InlineData(400, """{ "error": "invalid_scope" }""", "invalid_scope")]
    [InlineData(400, "not json", "TokenRequestRefused")]
    public async Task A_refused_grant_is_unauthorized_and_nothing_reaches_the_api(int status, string body, string code)
    {
        _h.Server.Given(Request.Create().WithPath(ImplyHarness.TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

        var ex = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => _h.OAuthProvider().GetClusterAsync(Id));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Null(ex.InnerException);
        Assert.DoesNotContain(ImplyHarness.ClientSecret, ex.ToString(), StringComparison.Ordinal);
        Assert.Empty(_h.ApiRequests());
    }

    [Fact]
    public async Task A_failing_token_endpoint_is_a_server_error()
    {
        _h.Server.Given(Request.Create().WithPath(ImplyHarness.TokenPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(503));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.OAuthProvider().GetClusterAsync(Id));

        Assert.Equal(503, ex.StatusCode);
        Assert.True(ex.IsRetryable);
        Assert.Empty(_h.ApiRequests());
    }

    [Theory]
    [InlineData("""{ "token_type": "Bearer", "expires_in": 3600 }""", "access_token")]
    [InlineData("""{ "access_token": "t", "token_type": "mac" }""", "Bearer")]
    [InlineData("""[ 1, 2 ]""", "")]
    public async Task An_unusable_token_answer_is_a_malformed_response(string body, string mention)
    {
        _h.Server.Given(Request.Create().WithPath(ImplyHarness.TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.OAuthProvider().GetClusterAsync(Id));

        Assert.Equal("MalformedTokenResponse", ex.ErrorCode);
        Assert.Contains(mention, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.ApiRequests());
    }

    [Fact]
    public async Task An_unreachable_token_endpoint_is_a_call_without_response()
    {
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var provider = _h.Provider(o =>
        {
            o.AccessToken = null;
            o.ClientId = ImplyHarness.ClientId;
            o.ClientSecret = ImplyHarness.ClientSecret;
            o.TokenEndpoint = new Uri($"http://127.0.0.1:{port}/token");
        });

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => provider.GetClusterAsync(Id));

        Assert.Equal(0, ex.StatusCode);
        Assert.Equal("ConnectionError", ex.ErrorCode);
        Assert.Contains("token endpoint", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.ApiRequests());
    }

    [Fact]
    public async Task Cancellation_passes_through()
    {
        _h.TokenEndpointIssues(3600, "tok-1");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _h.OAuthProvider().GetClusterAsync(Id, cancelled.Token));
    }

    private void AnswerForToken(string token, int status, string body) =>
        _h.Server.Given(Request.Create().WithPath(ImplyHarness.Prefix + "/clusters/" + Id).UsingGet().WithHeader("Authorization", "Bearer " + token))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private static Dictionary<string, string> Form(ILogEntry entry) =>
        ImplyHarness.RawBody(entry)!.Split('&')
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
}
