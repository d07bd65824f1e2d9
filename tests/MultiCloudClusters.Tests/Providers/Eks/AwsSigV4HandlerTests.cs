using System.Text;
using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Providers.Eks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary><see cref="AwsSigV4Handler"/> signs what a plain HttpClient sends, with fresh credentials each time.</summary>
public sealed class AwsSigV4HandlerTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public AwsSigV4HandlerTests() =>
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    [Fact]
    public async Task Signs_get_and_post_requests_verifiably()
    {
        var time = new FakeTimeProvider(EksHost.Start);
        using var client = new HttpClient(new AwsSigV4Handler(EksHost.Credentials, EksHost.Region, "eks", time) { InnerHandler = new HttpClientHandler() });

        using (await client.GetAsync(new Uri($"{_server.Url}/clusters?maxResults=5&include=all&nextToken=a%2Fb%2Bc%3D")))
        {
        }

        time.Advance(TimeSpan.FromMinutes(1));
        using (await client.PostAsync(new Uri($"{_server.Url}/cluster-registrations"), new StringContent("""{"name":"edge-1"}""", Encoding.UTF8, "application/json")))
        {
        }

        var entries = _server.LogEntries.ToList();
        Assert.Equal(2, entries.Count);
        SignatureCheck.AssertSigned(entries[0], EksHost.Credentials, EksHost.Region, EksHost.Start);
        var signed = SignatureCheck.AssertSigned(entries[1], EksHost.Credentials, EksHost.Region, EksHost.Start.AddMinutes(1));
        Assert.Contains("content-type", signed);
    }

    [Fact]
    public async Task Asks_the_source_for_credentials_on_every_request()
    {
        var calls = 0;
        var source = AwsCredentialSource.FromDelegate(_ => ValueTask.FromResult(new AwsCredentials($"AKID{++calls}", $"secret-{calls}")), "rotating");
        using var client = new HttpClient(new AwsSigV4Handler(source, EksHost.Region, "eks") { InnerHandler = new HttpClientHandler() });

        using (await client.GetAsync(new Uri($"{_server.Url}/clusters")))
        {
        }

        using (await client.GetAsync(new Uri($"{_server.Url}/clusters")))
        {
        }

        var entries = _server.LogEntries.ToList();
        SignatureCheck.AssertSigned(entries[0], new AwsCredentials("AKID1", "secret-1"), EksHost.Region);
        SignatureCheck.AssertSigned(entries[1], new AwsCredentials("AKID2", "secret-2"), EksHost.Region);
    }

    [Fact]
    public async Task Check_itself_rejects_a_wrong_secret()
    {
        using var client = new HttpClient(new AwsSigV4Handler(EksHost.Credentials, EksHost.Region, "eks") { InnerHandler = new HttpClientHandler() });
        (await client.GetAsync(new Uri($"{_server.Url}/clusters/prod"))).Dispose();

        var entry = Assert.Single(_server.LogEntries);
        Assert.ThrowsAny<Exception>(() => SignatureCheck.AssertSigned(entry, new AwsCredentials(EksHost.AccessKeyId, "wrong-secret", EksHost.SessionToken), EksHost.Region));
    }
}
