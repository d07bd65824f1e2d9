using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Imply;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>The client secret and every access token stay out of logs (at Trace), exception messages and ToString().</summary>
public sealed class ImplySecretTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;
    private const string IssuedToken = "issued-token-H4k8Pq2Zs";
    private const string RenewedToken = "renewed-token-J2m9Wc7Tn";
    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Client_credentials_flows_leak_nothing()
    {
        var texts = new List<string>();
        _h.TokenEndpointIssues(3600, IssuedToken, RenewedToken);
        _h.Server.Given(Request.Create().WithPath(ImplyHarness.Prefix + "/clusters/" + Id).UsingGet().WithHeader("Authorization", "Bearer " + IssuedToken))
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody("""{ "error": { "code": "Unauthorized", "message": "expired" } }"""));
        _h.Server.Given(Request.Create().WithPath(ImplyHarness.Prefix + "/clusters/" + Id).UsingGet().WithHeader("Authorization", "Bearer " + RenewedToken))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ImplyHarness.ClusterJson));
        _h.Answer("PATCH", "/clusters/" + Id, 409, """{ "error": { "code": "StateConflict", "message": "busy" } }""");
        var options = new ImplyOptions
        {
            Endpoint = _h.Endpoint,
            ClientId = ImplyHarness.ClientId,
            ClientSecret = ImplyHarness.ClientSecret,
            TokenEndpoint = _h.TokenEndpoint,
            Resilience = ImplyHarness.FastResilience(),
        };
        var provider = new ImplyClusterProvider(options, loggerFactory: _h.LoggerFactory);

        var cluster = await provider.GetClusterAsync(Id);
        texts.Add(cluster.ToString());
        texts.Add((await Assert.ThrowsAsync<CloudConflictException>(() => provider.StopClusterAsync(Id))).ToString());
        texts.Add(options.ToString());
        texts.Add(ImplyClusterProvider.Resolve(options, TimeProvider.System).ToString());
        texts.Add(ImplyClusterProvider.Resolve(options, TimeProvider.System).Authenticator!.ToString()!);

        Assert.Equal(2, _h.TokenRequests().Count);
        AssertNoSecret(texts.Concat(_h.Logs.Lines), ImplyHarness.ClientSecret, IssuedToken, RenewedToken);
        Assert.NotEmpty(_h.Logs.Lines);
    }

    [Fact]
    public async Task A_refused_grant_leaks_nothing_even_when_the_server_echoes_the_secret()
    {
        _h.Server.Given(Request.Create().WithPath(ImplyHarness.TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{ "error": "invalid_client", "error_description": "secret {{ImplyHarness.ClientSecret}} is wrong" }"""));

        var ex = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => _h.OAuthProvider().GetClusterAsync(Id));

        AssertNoSecret([ex.ToString(), ex.Message, ex.Error.ToString(), .. _h.Logs.Lines], ImplyHarness.ClientSecret);
    }

    [Fact]
    public async Task A_fixed_access_token_leaks_nothing()
    {
        _h.Answer("GET", "/clusters/" + Id, 401, """{ "error": { "code": "Unauthorized", "message": "bad token" } }""");
        var options = new ImplyOptions { Endpoint = _h.Endpoint, AccessToken = ImplyHarness.AccessToken, Resilience = ImplyHarness.FastResilience() };

        var ex = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => new ImplyClusterProvider(options, loggerFactory: _h.LoggerFactory).GetClusterAsync(Id));

        AssertNoSecret([ex.ToString(), options.ToString(), ImplyClusterProvider.Resolve(options, TimeProvider.System).Authenticator!.ToString()!, .. _h.Logs.Lines], ImplyHarness.AccessToken);
        Assert.NotEmpty(_h.Logs.Lines);
    }

    [Fact]
    public void Invalid_options_name_the_field_but_not_the_secret()
    {
        var ex = Assert.Throws<InvalidRequestException>(() => new ImplyClusterProvider(new ImplyOptions
        {
            VanityDomain = "acme",
            ClientSecret = ImplyHarness.ClientSecret,
            AccessToken = ImplyHarness.AccessToken,
        }));

        AssertNoSecret([ex.ToString()], ImplyHarness.ClientSecret, ImplyHarness.AccessToken);
    }

    private static void AssertNoSecret(IEnumerable<string> texts, params string[] secrets)
    {
        foreach (var text in texts)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }
}
