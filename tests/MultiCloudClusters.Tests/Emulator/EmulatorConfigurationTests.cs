using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Tests.DependencyInjection;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>The emulator described as configuration (what an app reading its settings, or the tool's --print-config, uses), and its start-up failures.</summary>
public sealed class EmulatorConfigurationTests
{
    [Fact]
    public async Task Its_configuration_values_register_every_provider_under_any_section()
    {
        await using var emu = await MultiCloudEmulator.StartAsync(new EmulatorOptions { TransitionDuration = TimeSpan.Zero });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(emu.GetConfigurationValues("Clouds:Test")).Build();

        await using var services = EmulatorEstate.Start(new ServiceCollection().AddMultiCloudClusters(configuration.GetSection("Clouds:Test")));
        var catalog = services.GetRequiredService<ClusterCatalog>();

        Assert.Equal(["oks", "imply", "ame", "eks"], catalog.ClusterProviderNames);
        var entries = new List<InventoryEntry>();
        await foreach (var entry in catalog.ListAllClustersAsync()) entries.Add(entry);
        Assert.DoesNotContain(entries, e => e.IsError);
        Assert.Equal(4, entries.Select(e => e.Registration).Distinct().Count());
        await foreach (var _ in catalog.GetConnectionProvider("lakesail").ListConnectionsAsync())
        {
            return;
        }

        Assert.Fail("LakeSail listed no connection");
    }

    [Fact]
    public async Task Its_configuration_values_name_each_providers_section_and_carry_no_machine_settings()
    {
        await using var emu = await MultiCloudEmulator.StartAsync();

        var values = emu.GetConfigurationValues().ToDictionary(v => v.Key, v => v.Value);

        Assert.All(values.Keys, k => Assert.StartsWith(MultiCloudEmulator.DefaultConfigurationSection + ":", k, StringComparison.Ordinal));
        Assert.Equal(emu.Oks.BaseUrl.AbsoluteUri, values["MultiCloudClusters:Oks:Endpoint"]);
        Assert.Equal(emu.Imply.TokenEndpoint.AbsoluteUri, values["MultiCloudClusters:Imply:TokenEndpoint"]);
        Assert.Equal(emu.Ame.Organisation, values["MultiCloudClusters:Ame:Organisation"]);
        Assert.Equal(emu.Eks.SecretAccessKey, values["MultiCloudClusters:Eks:SecretAccessKey"]);
        Assert.Equal(emu.LakeSail.ApiToken, values["MultiCloudClusters:LakeSail:ApiToken"]);

        // The machine's OKS CLI profile, AWS chain and environment variables never redirect an emulator account.
        Assert.Equal("false", values["MultiCloudClusters:Oks:UseCliConfiguration"]);
        Assert.Equal("false", values["MultiCloudClusters:Ame:UseEnvironmentVariables"]);
        Assert.Equal("false", values["MultiCloudClusters:Eks:UseSdkDefaults"]);
        Assert.Equal("false", values["MultiCloudClusters:LakeSail:UseEnvironment"]);
        Assert.Equal(values.Values, emu.GetConfigurationValues("").Select(v => v.Value));
        Assert.Contains(emu.GetConfigurationValues(""), v => v.Key == "Oks:Endpoint");
    }

    [Fact]
    public async Task Providers_built_without_a_container_reach_it_through_CreateOptions()
    {
        await using var emu = await MultiCloudEmulator.StartAsync();
        IClusterProvider[] providers =
        [
            new OksClusterProvider(emu.Oks.CreateOptions()),
            new ImplyClusterProvider(emu.Imply.CreateOptions()),
            new AmeClusterProvider(emu.Ame.CreateOptions()),
            new EksClusterProvider(emu.Eks.CreateOptions()),
        ];

        foreach (var provider in providers)
        {
            Assert.NotEmpty(await provider.ListClustersAsync().ToListAsync());
        }

        Assert.NotEmpty(await new LakeSailConnectionProvider(emu.LakeSail.CreateOptions()).ListConnectionsAsync().ToListAsync());
        var options = emu.Oks.CreateOptions();
        Assert.NotSame(options, emu.Oks.CreateOptions());
        Assert.Equal((emu.Oks.BaseUrl, emu.Oks.AccessKey, false), (options.Endpoint, options.AccessKey, options.UseCliConfiguration));
        Assert.False(emu.Eks.CreateOptions().UseSdkDefaults);
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start_with_an_address_in_use_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<IOException>(() => MultiCloudEmulator.StartAsync(new EmulatorOptions { Port = port }));

        Assert.IsType<AddressInUseException>(error.InnerException);
    }

    [Fact]
    public async Task It_leaves_the_process_signals_to_its_owner_and_stops_in_half_a_second()
    {
        await using var emu = await MultiCloudEmulator.StartAsync();

        // The console lifetime a host has by default would take Ctrl+C and SIGTERM from the test run or app embedding it.
        Assert.IsType<MultiCloudClusters.Emulator.Hosting.CallerOwnedLifetime>(emu.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostLifetime>());
        Assert.Equal(TimeSpan.FromMilliseconds(500), emu.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task Disposing_twice_is_harmless()
    {
        var emu = await MultiCloudEmulator.StartAsync();
        await emu.DisposeAsync();
        await emu.DisposeAsync();
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(emu.Oks.BaseUrl));
    }
}
