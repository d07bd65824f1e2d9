using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Providers.Ame;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>Registration through <c>AddMultiCloudClusters(b => b.AddAme(…))</c>, configuration binding and start-up validation.</summary>
public sealed class AmeDependencyInjectionTests : IDisposable
{
    private readonly AmeWire _wire = new();

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task AddAme_in_code_registers_the_keyed_provider_and_it_calls_through_the_pipeline()
    {
        _wire.Respond(200, AmeSamples.Cluster());
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddAme(o =>
        {
            var test = AmeWire.Options(_wire.Server.Url!);
            o.Endpoint = test.Endpoint;
            o.Organisation = test.Organisation;
            o.PersonalAccessToken = test.PersonalAccessToken;
            o.UseEnvironmentVariables = false;
        }));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var cluster = provider.GetRequiredKeyedService<IClusterProvider>("ame");
        var catalog = provider.GetRequiredService<ClusterCatalog>();

        Assert.IsType<AmeClusterProvider>(cluster);
        Assert.Same(cluster, provider.GetRequiredKeyedService<AmeClusterProvider>("ame"));
        Assert.Contains("ame", catalog.ClusterProviderNames);
        Assert.Same(cluster, catalog.GetClusterProvider("ame"));

        var info = await cluster.GetClusterAsync("production/production-eu");
        _wire.Received("GET", "/api/v1/orgs/acme/clusters/production/production-eu");
        Assert.Equal("production/production-eu", info.Id);
    }

    [Fact]
    public async Task AddAme_binds_a_configuration_section()
    {
        _wire.Respond(200, "[]");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MultiCloudClusters:Ame:Endpoint"] = _wire.Server.Url,
            ["MultiCloudClusters:Ame:Organisation"] = "acme",
            ["MultiCloudClusters:Ame:PersonalAccessToken"] = AmeWire.Pat,
            ["MultiCloudClusters:Ame:UseEnvironmentVariables"] = "false",
            ["MultiCloudClusters:Ame:Resilience:MaxRetryAttempts"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddAme(configuration.GetSection(AmeOptions.SectionName)));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<AmeOptions>>().Get("ame");
        var ame = provider.GetRequiredKeyedService<AmeClusterProvider>("ame");
        await ame.ListNodePoolsAsync("production/production-eu");

        Assert.Equal("acme", options.Organisation);
        Assert.Equal(1, options.Resilience.MaxRetryAttempts);
        _wire.Received("GET", "/api/v1/orgs/acme/clusters/production/production-eu/pools");
    }

    [Fact]
    public void Missing_organisation_and_token_fail_at_start_up_naming_both()
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddAme(o => o.UseEnvironmentVariables = false));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<AmeOptions>>().Get("ame"));

        Assert.Contains(error.Failures, f => f.StartsWith("Ame.Organisation is required", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Ame.PersonalAccessToken is required", StringComparison.Ordinal) && f.Contains("ACLOUD_TOKEN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://api.avisi.cloud/", "Ame.Endpoint must use https://")]
    [InlineData(null, "Ame.Organisation must be a slug")]
    public void Invalid_options_fail_at_start_up_naming_the_field(string? endpoint, string expected)
    {
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddAme(o =>
        {
            o.Endpoint = endpoint is null ? null : new Uri(endpoint);
            o.Organisation = endpoint is null ? "Acme Corp" : "acme";
            o.PersonalAccessToken = AmeWire.Pat;
            o.UseEnvironmentVariables = false;
        }));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<AmeOptions>>().Get("ame"));

        Assert.Contains(error.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_resilience_settings_fail_naming_the_setting()
    {
        var options = AmeWire.Options("https://api.avisi.cloud/");
        options.Resilience.MaxRetryAttempts = 11;

        var error = Assert.Throws<MultiCloudClusters.Errors.InvalidRequestException>(() => new AmeClusterProvider(options));

        Assert.Contains("Ame.Resilience.MaxRetryAttempts must be between 0 and 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_and_endpoint_come_from_the_cli_variables_when_unset()
    {
        var environment = new Dictionary<string, string?> { ["ACLOUD_TOKEN"] = "env-token", ["ACLOUD_API_ENDPOINT"] = "https://api.staging.avisi.cloud" };

        var resolved = AmeConfigurationResolver.Resolve(new AmeOptions { Organisation = "acme" }, name => environment.GetValueOrDefault(name));

        Assert.Equal("env-token", resolved.Token);
        Assert.Equal(new Uri("https://api.staging.avisi.cloud/"), resolved.Endpoint);
        Assert.DoesNotContain("env-token", resolved.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_win_over_the_cli_variables_and_the_default_endpoint_is_the_public_api()
    {
        var environment = new Dictionary<string, string?> { ["ACLOUD_TOKEN"] = "env-token" };

        var resolved = AmeConfigurationResolver.Resolve(new AmeOptions { Organisation = "acme", PersonalAccessToken = "option-token" }, name => environment.GetValueOrDefault(name));

        Assert.Equal("option-token", resolved.Token);
        Assert.Equal(new Uri("https://api.avisi.cloud/"), resolved.Endpoint);
    }

    [Fact]
    public void The_cli_variables_are_ignored_when_turned_off()
    {
        var environment = new Dictionary<string, string?> { ["ACLOUD_TOKEN"] = "env-token" };

        var error = Assert.Throws<MultiCloudClusters.Errors.InvalidRequestException>(() =>
            AmeConfigurationResolver.Resolve(new AmeOptions { Organisation = "acme", UseEnvironmentVariables = false }, name => environment.GetValueOrDefault(name)));

        Assert.Contains("Ame.PersonalAccessToken is required", error.Message, StringComparison.Ordinal);
    }
}
