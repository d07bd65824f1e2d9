using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Http;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Tests.Wire;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>Registration: keyed provider, catalog entry, configuration binding, start-up validation, a pluggable auth scheme.</summary>
public sealed class LakeSailDependencyInjectionTests : IDisposable
{
    private readonly WireServer _wire = new(LakeSailFixture.Prefix);

    public LakeSailDependencyInjectionTests() =>
        _wire.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(LakeSailFixture.ConnectionJson));

    private Uri Endpoint => new(_wire.Server.Url + LakeSailFixture.Prefix + "/");

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task AddLakeSail_in_code_registers_a_keyed_connection_provider_listed_in_the_catalog()
    {
        using var services = new ServiceCollection()
            .AddMultiCloudClusters(b => b.AddLakeSail(o =>
            {
                o.Endpoint = Endpoint;
                o.ApiToken = LakeSailFixture.Token;
                o.UseEnvironment = false;
            }))
            .BuildServiceProvider();

        var catalog = services.GetRequiredService<ClusterCatalog>();
        Assert.Contains("lakesail", catalog.ConnectionProviderNames);
        Assert.DoesNotContain("lakesail", catalog.ClusterProviderNames);
        var provider = catalog.GetConnectionProvider("lakesail");
        Assert.IsType<LakeSailConnectionProvider>(provider);
        Assert.Same(provider, services.GetRequiredKeyedService<IConnectionProvider>("lakesail"));
        Assert.Same(provider, services.GetRequiredKeyedService<LakeSailConnectionProvider>("lakesail"));

        var connection = await provider.GetConnectionAsync("C0NN3CT10N");

        Assert.Equal("C0NN3CT10N", connection.Id);
        LakeSailFixture.AssertRequest(_wire.SingleRequest(), "GET", "/infra/connections/C0NN3CT10N");
    }

    [Fact]
    public async Task AddLakeSail_binds_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MultiCloudClusters:LakeSail:Endpoint"] = Endpoint.AbsoluteUri,
            ["MultiCloudClusters:LakeSail:ApiToken"] = LakeSailFixture.Token,
            ["MultiCloudClusters:LakeSail:UseEnvironment"] = "false",
            ["MultiCloudClusters:LakeSail:Resilience:MaxRetryAttempts"] = "1",
        }).Build();
        using var services = new ServiceCollection()
            .AddMultiCloudClusters(b => b.AddLakeSail(configuration.GetSection(LakeSailOptions.SectionName)))
            .BuildServiceProvider();

        var options = services.GetRequiredService<IOptionsMonitor<LakeSailOptions>>().Get("lakesail");
        Assert.Equal(1, options.Resilience.MaxRetryAttempts);
        Assert.Equal(Endpoint, options.Endpoint);

        await services.GetRequiredService<ClusterCatalog>().GetConnectionProvider("lakesail").GetConnectionAsync("C0NN3CT10N");
        LakeSailFixture.AssertRequest(_wire.SingleRequest(), "GET", "/infra/connections/C0NN3CT10N");
    }

    [Fact]
    public void Invalid_options_fail_at_start_up_naming_the_field()
    {
        using var services = new ServiceCollection()
            .AddMultiCloudClusters(b => b.AddLakeSail(o =>
            {
                o.Endpoint = new Uri("http://platform.example.com/");
                o.UseEnvironment = false;
            }))
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<LakeSailOptions>>().Get("lakesail"));

        Assert.Contains("LakeSail.ApiToken", ex.Message, StringComparison.Ordinal);
        Assert.Contains("LakeSail.Endpoint", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugged_authenticator_replaces_bearer_without_touching_the_provider()
    {
        var dpop = new FakeDpopAuthenticator();
        using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace))
            .AddMultiCloudClusters(b => b.AddLakeSail(o =>
            {
                o.Endpoint = Endpoint;
                o.UseEnvironment = false;
                o.Authenticator = dpop;
            }))
            .BuildServiceProvider();

        await services.GetRequiredKeyedService<IConnectionProvider>("lakesail").GetConnectionAsync("C0NN3CT10N");

        var request = _wire.SingleRequest();
        Assert.Equal("DPoP dpop-bound-token", WireServer.Header(request, "Authorization"));
        Assert.Equal("proof-1", WireServer.Header(request, "DPoP"));
    }

    /// <summary>Stands in for an RFC 9449 sender: a fresh proof per attempt.</summary>
    private sealed class FakeDpopAuthenticator : IRequestAuthenticator
    {
        private int _proofs;

        public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("DPoP", "dpop-bound-token");
            request.Headers.Remove("DPoP");
            request.Headers.Add("DPoP", $"proof-{Interlocked.Increment(ref _proofs)}");
            return ValueTask.CompletedTask;
        }
    }
}
