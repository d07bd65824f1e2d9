using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// OKS registered through <c>AddMultiCloudClusters(b => b.AddOks(section))</c>: the keyed provider,
/// the catalog, options validated at start-up naming the rule, and the capabilities OKS derives.
/// </summary>
public sealed class OksDependencyInjectionTests : IDisposable
{
    private readonly OksHarness _h = new();

    public void Dispose() => _h.Dispose();

    private Dictionary<string, string?> Settings(string? endpoint = null) => new()
    {
        ["MultiCloudClusters:Oks:Endpoint"] = endpoint ?? _h.Endpoint.AbsoluteUri,
        ["MultiCloudClusters:Oks:AccessKey"] = OksHarness.AccessKey,
        ["MultiCloudClusters:Oks:SecretKey"] = OksHarness.SecretKey,
        ["MultiCloudClusters:Oks:UseCliConfiguration"] = "false",
        ["MultiCloudClusters:Oks:Resilience:MaxRetryAttempts"] = "0",
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddOks(configuration.GetSection(OksOptions.SectionName)));
        return services.BuildServiceProvider();
    }

    private static OptionsValidationException StartupFailure(Dictionary<string, string?> settings)
    {
        using var services = Build(settings);
        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<OksOptions>>().Get("oks"));
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredKeyedService<IClusterProvider>(OksClusterProvider.ProviderName));
        return ex;
    }

    [Fact]
    public void FromConfiguration_ResolvesTheKeyedProvider_AndListsItInTheCatalog()
    {
        using var services = Build(Settings());

        var provider = services.GetRequiredKeyedService<IClusterProvider>("oks");
        var catalog = services.GetRequiredService<ClusterCatalog>();

        Assert.IsType<OksClusterProvider>(provider);
        Assert.Equal("oks", provider.Name);
        Assert.Same(provider, services.GetRequiredKeyedService<OksClusterProvider>("oks"));
        Assert.Equal(["oks"], catalog.ClusterProviderNames);
        Assert.Empty(catalog.ConnectionProviderNames);
        Assert.Same(provider, catalog.GetClusterProvider("oks"));
        Assert.Same(provider, Assert.Single(catalog.ClusterProviders));
        Assert.Contains("oks", Assert.Throws<KeyNotFoundException>(() => catalog.GetClusterProvider("imply")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreBoundFromTheSection()
    {
        using var services = Build(Settings());

        var options = services.GetRequiredService<IOptionsMonitor<OksOptions>>().Get("oks");

        Assert.Equal(_h.Endpoint, options.Endpoint);
        Assert.Equal(OksHarness.AccessKey, options.AccessKey);
        Assert.False(options.UseCliConfiguration);
        Assert.Equal(0, options.Resilience.MaxRetryAttempts);
    }

    [Fact]
    public async Task ResolvedProvider_CallsTheEndpoint_WithTheConfiguredCredentials_AndResilience()
    {
        _h.Answer("GET", $"/clusters/{OksHarness.ClusterId}", 200, OksHarness.ClusterResponse());
        _h.Answer("GET", "/clusters/busy", 503, OksHarness.ErrorEnvelope("Unavailable", "busy", 503));
        using var services = Build(Settings());
        var provider = services.GetRequiredKeyedService<IClusterProvider>("oks");

        var info = await provider.GetClusterAsync(OksHarness.ClusterId);
        await Assert.ThrowsAsync<CloudApiException>(() => provider.GetClusterAsync("busy"));

        Assert.Equal(OksHarness.ClusterId, info.Id);
        var first = _h.Requests[0];
        Assert.Equal(OksHarness.AccessKey, OksHarness.Header(first, "AccessKey"));
        Assert.Equal(OksHarness.SecretKey, OksHarness.Header(first, "SecretKey"));
        Assert.Equal(2, _h.Requests.Count); // MaxRetryAttempts 0 from configuration: the 503 is not repeated
    }

    [Fact]
    public async Task ConfiguredInCode_Works_Too()
    {
        _h.Answer("GET", $"/clusters/{OksHarness.ClusterId}", 200, OksHarness.ClusterResponse());
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.AddOks(o =>
        {
            o.Endpoint = _h.Endpoint;
            (o.Username, o.Password) = ("alice", "pw");
            o.UseCliConfiguration = false;
        }));
        using var built = services.BuildServiceProvider();

        await built.GetRequiredKeyedService<IClusterProvider>("oks").GetClusterAsync(OksHarness.ClusterId);

        Assert.StartsWith("Basic ", OksHarness.Header(Assert.Single(_h.Requests), "Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCredentials_FailAtStartUp_NamingTheRule()
    {
        var settings = Settings();
        settings.Remove("MultiCloudClusters:Oks:AccessKey");
        settings.Remove("MultiCloudClusters:Oks:SecretKey");

        var ex = StartupFailure(settings);

        Assert.Contains("credentials were not found", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }

    [Fact]
    public void HalfACredentialPair_FailsAtStartUp_WithoutQuotingIt()
    {
        var settings = Settings();
        settings.Remove("MultiCloudClusters:Oks:SecretKey");

        var ex = StartupFailure(settings);

        Assert.Contains("Oks.AccessKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(OksHarness.AccessKey, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainHttpEndpointOffLoopback_FailsAtStartUp()
    {
        var ex = StartupFailure(Settings("http://oks.example.com/api/v2/"));

        Assert.Contains("Oks.Endpoint", ex.Message, StringComparison.Ordinal);
        Assert.Contains("https://", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>BUG (src): a relative endpoint in configuration escapes validation as InvalidOperationException.</summary>
    [Fact]
    public void RelativeEndpoint_FailsAtStartUp_NamingTheField()
    {
        var ex = StartupFailure(Settings("api/v2/"));

        Assert.Contains("Oks.Endpoint", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidResilience_FailsAtStartUp_NamingTheField()
    {
        var settings = Settings();
        settings["MultiCloudClusters:Oks:Resilience:MaxRetryAttempts"] = "11";

        var ex = StartupFailure(settings);

        Assert.Contains("Oks.Resilience.MaxRetryAttempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capabilities_AreExactlyWhatOksImplements()
    {
        using var services = Build(Settings());
        var provider = services.GetRequiredKeyedService<IClusterProvider>("oks");

        Assert.Equal(
            ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Update
                | ClusterOperations.Delete | ClusterOperations.Upgrade | ClusterOperations.Kubeconfig,
            provider.Capabilities.Operations);
        Assert.False(provider.Capabilities.Supports(ClusterOperations.Start));
        Assert.False(provider.Capabilities.Supports(ClusterOperations.Stop));
        Assert.False(provider.Capabilities.Supports(ClusterOperations.None));
        Assert.True(provider.Capabilities.Supports(ClusterOperations.Kubeconfig | ClusterOperations.Upgrade));
    }

    [Fact]
    public async Task StartAndStop_ThrowNotSupported_NamingTheProvider_WithoutARequest()
    {
        var provider = _h.Provider;

        var start = await Assert.ThrowsAsync<NotSupportedException>(() => provider.StartClusterAsync(OksHarness.ClusterId));
        var stop = await Assert.ThrowsAsync<NotSupportedException>(() => provider.StopClusterAsync(OksHarness.ClusterId));

        Assert.Contains("oks", start.Message, StringComparison.Ordinal);
        Assert.Contains("Start", start.Message, StringComparison.Ordinal);
        Assert.Contains("oks", stop.Message, StringComparison.Ordinal);
        Assert.Contains("Stop", stop.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }
}
