using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.Eks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary><c>AddMultiCloudClusters(b =&gt; b.AddEks(...))</c>: keyed provider, catalog entry, start-up validation.</summary>
public sealed class EksDependencyInjectionTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    [Fact]
    public async Task AddEks_in_code_resolves_the_keyed_provider_that_signs_its_calls()
    {
        _server.Given(Request.Create().WithPath("/clusters/prod").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(EksJson.Cluster("prod", "ACTIVE")));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(EksHost.Start));
        services.AddMultiCloudClusters(b => b.AddEks(o =>
        {
            o.Region = EksHost.Region;
            o.Endpoint = new Uri(_server.Url!);
            o.AccessKeyId = EksHost.AccessKeyId;
            o.SecretAccessKey = EksHost.SecretAccessKey;
            o.SessionToken = EksHost.SessionToken;
            o.UseSdkDefaults = false;
        }));
        await using var provider = services.BuildServiceProvider();

        var eks = provider.GetRequiredKeyedService<IClusterProvider>("eks");
        Assert.Same(eks, provider.GetRequiredKeyedService<EksClusterProvider>("eks"));
        Assert.Contains("eks", provider.GetRequiredService<ClusterCatalog>().ClusterProviderNames);
        Assert.Equal(EksHost.Region, ((EksClusterProvider)eks).Region);

        var cluster = await eks.GetClusterAsync("prod");

        Assert.Equal(ClusterStatus.Running, cluster.Status);
        var entry = Assert.Single(_server.LogEntries);
        SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
    }

    [Fact]
    public void AddEks_binds_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MultiCloudClusters:Eks:Region"] = "eu-west-1",
            ["MultiCloudClusters:Eks:Endpoint"] = _server.Url,
            ["MultiCloudClusters:Eks:AccessKeyId"] = EksHost.AccessKeyId,
            ["MultiCloudClusters:Eks:SecretAccessKey"] = EksHost.SecretAccessKey,
            ["MultiCloudClusters:Eks:UseSdkDefaults"] = "false",
            ["MultiCloudClusters:Eks:Resilience:MaxRetryAttempts"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddEks(configuration.GetSection(EksOptions.SectionName)));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<EksOptions>>().Get("eks");
        var eks = (EksClusterProvider)provider.GetRequiredKeyedService<IClusterProvider>("eks");

        Assert.Equal("eu-west-1", options.Region);
        Assert.Equal(1, options.Resilience.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Resilience.BaseDelay);
        Assert.Equal("eu-west-1", eks.Region);
    }

    [Theory]
    [InlineData("Region", "US East", "Eks.Region")]
    [InlineData("Endpoint", "http://eks.example.com/", "Eks.Endpoint")]
    [InlineData("SecretAccessKey", "", "Eks.AccessKeyId")]
    [InlineData("Resilience:MaxRetryAttempts", "11", "Eks.Resilience.MaxRetryAttempts")]
    public void Invalid_options_fail_at_start_up_naming_the_field(string key, string value, string field)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Region"] = "us-east-1",
            ["AccessKeyId"] = EksHost.AccessKeyId,
            ["SecretAccessKey"] = EksHost.SecretAccessKey,
            ["UseSdkDefaults"] = "false",
        };
        settings[key] = value;
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddEks(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<EksOptions>>().Get("eks"));

        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EksHost.SecretAccessKey, ex.Message, StringComparison.Ordinal);
    }
}
