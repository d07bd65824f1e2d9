using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Tests.Wire;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>
/// <see cref="CloudConnection.Registration"/> names the registration a connection came through, whichever way the
/// provider was built: by the container under a name, or by hand with an object initializer.
/// </summary>
public sealed class LakeSailRegistrationNameTests : IDisposable
{
    private readonly WireServer _wire = new(LakeSailFixture.Prefix);

    public LakeSailRegistrationNameTests()
    {
        Answer("/infra/connections/C0NN3CT10N", LakeSailFixture.ConnectionJson);
        Answer("/infra/connections", """{ "items": [ { "id": "C1", "name": "one" } ] }""");
    }

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task A_provider_built_by_hand_without_a_name_reports_the_provider_key()
    {
        var provider = new LakeSailConnectionProvider(Options());

        var connections = await ReadAsync(provider);

        Assert.All(connections, c => Assert.Equal("lakesail", c.Registration));
        Assert.Equal("lakesail:C0NN3CT10N 'Production' active", connections[0].ToString());
    }

    [Fact]
    public async Task A_provider_built_by_hand_with_a_name_reports_it_on_every_connection()
    {
        var provider = new LakeSailConnectionProvider(Options()) { Registration = "lakesail-eu" };

        var connections = await ReadAsync(provider);

        Assert.All(connections, c => Assert.Equal("lakesail-eu", c.Registration));
        Assert.All(connections, c => Assert.Equal("lakesail", c.Provider));
        Assert.Equal("lakesail-eu (lakesail):C0NN3CT10N 'Production' active", connections[0].ToString());
    }

    [Fact]
    public async Task Two_named_registrations_in_the_container_each_report_their_own_name()
    {
        using var services = new ServiceCollection()
            .AddMultiCloudClusters(b => b
                .AddLakeSail("lakesail-eu", Configure)
                .AddLakeSail("lakesail-us", Configure))
            .BuildServiceProvider();
        var catalog = services.GetRequiredService<ClusterCatalog>();

        var eu = await ReadAsync(catalog.GetConnectionProvider("lakesail-eu"));
        var us = await ReadAsync(services.GetRequiredKeyedService<IConnectionProvider>("lakesail-us"));

        Assert.All(eu, c => Assert.Equal("lakesail-eu", c.Registration));
        Assert.All(us, c => Assert.Equal("lakesail-us", c.Registration));
    }

    [Fact]
    public async Task The_unnamed_registration_in_the_container_reports_the_provider_key()
    {
        using var services = new ServiceCollection()
            .AddMultiCloudClusters(b => b.AddLakeSail(Configure))
            .BuildServiceProvider();

        var connections = await ReadAsync(services.GetRequiredKeyedService<IConnectionProvider>("lakesail"));

        Assert.All(connections, c => Assert.Equal("lakesail", c.Registration));
    }

    /// <summary>One connection read (get) and one listed, the two ways a connection reaches the caller.</summary>
    private static async Task<List<CloudConnection>> ReadAsync(IConnectionProvider provider) =>
        [await provider.GetConnectionAsync("C0NN3CT10N"), .. await provider.ListConnectionsAsync().ToListAsync()];

    private LakeSailOptions Options()
    {
        var options = new LakeSailOptions();
        Configure(options);
        return options;
    }

    private void Configure(LakeSailOptions options)
    {
        options.Endpoint = new Uri(_wire.Server.Url + LakeSailFixture.Prefix + "/");
        options.ApiToken = LakeSailFixture.Token;
        options.UseEnvironment = false;
    }

    private void Answer(string path, string json) =>
        _wire.Server.Given(Request.Create().WithPath(LakeSailFixture.Prefix + path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));
}
