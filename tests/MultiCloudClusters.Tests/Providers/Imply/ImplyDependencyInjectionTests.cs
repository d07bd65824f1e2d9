using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Tests.Providers.Imply;

public sealed class ImplyDependencyInjectionTests : IDisposable
{
    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task AddImply_registers_the_keyed_provider_and_the_catalog_entry()
    {
        _h.Answer("GET", "/clusters", 200, $"[ {ImplyHarness.ClusterJson} ]");
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddImply(o =>
        {
            o.Endpoint = _h.Endpoint;
            o.AccessToken = ImplyHarness.AccessToken;
        }));
        await using var provider = services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<ClusterCatalog>();
        var imply = catalog.GetClusterProvider("imply");
        var typed = provider.GetRequiredKeyedService<ImplyClusterProvider>("imply");
        var clusters = new List<ClusterInfo>();
        await foreach (var cluster in imply.ListClustersAsync())
        {
            clusters.Add(cluster);
        }

        Assert.Contains("imply", catalog.ClusterProviderNames);
        Assert.Same(imply, typed);
        Assert.Same(imply, provider.GetRequiredKeyedService<IClusterProvider>("imply"));
        Assert.Equal(ImplyHarness.ClusterId, Assert.Single(clusters).Id);
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(_h.SingleApiRequest("GET", "/clusters"), "Authorization"));
    }

    [Fact]
    public async Task AddImply_binds_from_configuration_including_client_credentials()
    {
        _h.TokenEndpointIssues(3600, "tok-cfg");
        _h.Answer("GET", "/clusters/" + ImplyHarness.ClusterId, 200, ImplyHarness.ClusterJson);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MultiCloudClusters:Imply:Endpoint"] = _h.Endpoint.ToString(),
            ["MultiCloudClusters:Imply:ClientId"] = ImplyHarness.ClientId,
            ["MultiCloudClusters:Imply:ClientSecret"] = ImplyHarness.ClientSecret,
            ["MultiCloudClusters:Imply:TokenEndpoint"] = _h.TokenEndpoint.ToString(),
            ["MultiCloudClusters:Imply:Scope"] = "manage-clusters",
            ["MultiCloudClusters:Imply:Resilience:MaxRetryAttempts"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddImply(configuration.GetSection(ImplyOptions.SectionName)));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<ImplyOptions>>().Get("imply");
        var cluster = await provider.GetRequiredService<ClusterCatalog>().GetClusterProvider("imply").GetClusterAsync(ImplyHarness.ClusterId);

        Assert.Equal(1, options.Resilience.MaxRetryAttempts);
        Assert.Equal("manage-clusters", options.Scope);
        Assert.Equal(ImplyHarness.ClusterId, cluster.Id);
        Assert.Single(_h.TokenRequests());
        Assert.Equal("Bearer tok-cfg", ImplyHarness.Header(_h.SingleApiRequest("GET", "/clusters/" + ImplyHarness.ClusterId), "Authorization"));
    }

    [Fact]
    public void The_vanity_domain_names_the_endpoint()
    {
        var setup = ImplyClusterProvider.Resolve(new ImplyOptions { VanityDomain = "Acme", AccessToken = "t" }, TimeProvider.System);

        Assert.Equal(new Uri("https://acme.implycloud.com/api/v1/"), setup.Endpoint);
    }

    public static TheoryData<string, string> BadOptions() => new()
    {
        { "nothing", "Imply.VanityDomain" },
        { "bad vanity", "Imply.VanityDomain" },
        { "http endpoint", "Imply.Endpoint" },
        { "no credentials", "Imply.AccessToken" },
        { "both credentials", "Imply.AccessToken" },
        { "no secret", "Imply.ClientSecret" },
        { "no token endpoint", "Imply.TokenEndpoint" },
        { "http token endpoint", "Imply.TokenEndpoint" },
        { "bad resilience", "Imply.Resilience" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Invalid_options_fail_at_start_up_naming_the_field(string broken, string field)
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddImply(o =>
        {
            o.VanityDomain = "acme";
            o.AccessToken = "t";
            switch (broken)
            {
                case "nothing": o.VanityDomain = null; break;
                case "bad vanity": o.VanityDomain = "acme.evil.com"; break;
                case "http endpoint": o.Endpoint = new Uri("http://imply.example.com/api/v1"); break;
                case "no credentials": o.AccessToken = null; break;
                case "both credentials": o.ClientId = "id"; break;
                case "no secret": (o.AccessToken, o.ClientId, o.TokenEndpoint) = (null, "id", new Uri("https://id.example.com/token")); break;
                case "no token endpoint": (o.AccessToken, o.ClientId, o.ClientSecret) = (null, "id", "secret"); break;
                case "http token endpoint": (o.AccessToken, o.ClientId, o.ClientSecret, o.TokenEndpoint) = (null, "id", "secret", new Uri("http://id.example.com/token")); break;
                case "bad resilience": o.Resilience = new() { MaxRetryAttempts = 99 }; break;
            }
        }));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<ImplyOptions>>().Get("imply"));

        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_constructor_without_a_container_checks_the_options_too()
    {
        var ex = Assert.Throws<InvalidRequestException>(() => new ImplyClusterProvider(new ImplyOptions { VanityDomain = "acme", ClientId = "id" }));

        Assert.Contains(ex.FieldErrors, e => e.Field == "Imply.ClientSecret");
        Assert.Contains(ex.FieldErrors, e => e.Field == "Imply.TokenEndpoint");
    }
}
