using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.DependencyInjection;

/// <summary><c>services.AddMultiCloudClusters(configuration.GetSection("MultiCloudClusters"))</c>: a whole estate from one section, against the emulator.</summary>
public sealed class EstateConfigurationTests : EmulatorTestBase
{
    [Fact]
    public async Task One_section_registers_five_accounts_and_each_works_under_its_name()
    {
        var settings = EmulatorEstate.Settings(Emu, EmulatorEstate.FiveAccounts);
        settings["MultiCloudClusters:MaxConcurrency"] = "3";
        var services = new ServiceCollection().AddMultiCloudClusters(EmulatorEstate.Section(settings));
        await using var built = EmulatorEstate.Start(services);
        var catalog = built.GetRequiredService<ClusterCatalog>();

        Assert.Equal(["ame-acme", "eks-us", "imply-analytics", "oks-prod"], catalog.ClusterProviderNames); // configuration sorts its keys
        Assert.Equal(["lakesail-eu"], catalog.ConnectionProviderNames);
        Assert.Equal(3, catalog.MaxConcurrency);
        Assert.Equal(["ame", "eks", "imply", "oks"], catalog.ClusterProviders.Select(p => p.Name));
        Assert.Equal(Emu.Eks.Region, built.GetRequiredService<IOptionsMonitor<EksOptions>>().Get("eks-us").Region);
        Assert.Throws<KeyNotFoundException>(() => catalog.GetClusterProvider("oks"));

        var entries = await catalog.ListAllClustersAsync().ToListAsync();

        Assert.DoesNotContain(entries, e => e.IsError);
        foreach (var (name, provider) in EmulatorEstate.FiveAccounts.SkipLast(1))
        {
            var mine = entries.Where(e => e.Registration == name).ToList();
            Assert.NotEmpty(mine);
            Assert.All(mine, e => Assert.Equal((provider.ToLowerInvariant(), name, name), (e.Provider, e.Cluster!.Registration, catalog.GetClusterProvider(name).Registration)));
        }

        var lakesail = catalog.GetConnectionProvider("lakesail-eu");
        Assert.Equal(("lakesail", "lakesail-eu"), (lakesail.Name, lakesail.Registration));
        await lakesail.ListConnectionsAsync().ToListAsync();
    }

    [Fact]
    public async Task Per_provider_sections_still_register_under_the_provider_key_beside_named_accounts()
    {
        var settings = EmulatorEstate.Settings(Emu, [("oks-second", "Oks")]);
        EmulatorEstate.Add(settings, "MultiCloudClusters:Oks", "Oks", Emu);
        EmulatorEstate.Add(settings, "MultiCloudClusters:Eks", "Eks", Emu);
        var services = new ServiceCollection().AddMultiCloudClusters(EmulatorEstate.Section(settings));
        await using var built = EmulatorEstate.Start(services);
        var catalog = built.GetRequiredService<ClusterCatalog>();

        Assert.Equal(["oks", "eks", "oks-second"], catalog.ClusterProviderNames);
        Assert.Equal(ClusterCatalogOptions.DefaultMaxConcurrency, catalog.MaxConcurrency);
        Assert.Same(built.GetRequiredKeyedService<OksClusterProvider>("oks"), built.GetRequiredService<OksClusterProvider>());
        var entries = await catalog.ListAllClustersAsync().ToListAsync();
        Assert.Equal(
            entries.Count(e => e.Registration == "oks"),
            entries.Count(e => e.Registration == "oks-second"));
        Assert.Contains(entries, e => e.Registration == "eks");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1025")]
    public void An_out_of_range_MaxConcurrency_fails_at_start_up_naming_the_setting(string value)
    {
        var settings = new Dictionary<string, string?> { ["MultiCloudClusters:MaxConcurrency"] = value };
        var services = new ServiceCollection().AddMultiCloudClusters(EmulatorEstate.Section(settings));

        var ex = Assert.Throws<OptionsValidationException>(() => EmulatorEstate.Start(services));

        Assert.Contains($"MultiCloudClusters.MaxConcurrency must be between 1 and 1024, got {value}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigureCatalog_sets_the_bound_in_code()
    {
        var emu = Emu;
        await using var built = EmulatorEstate.Start(new ServiceCollection().AddMultiCloudClusters(b => b.UseEmulator(emu).ConfigureCatalog(o => o.MaxConcurrency = 2)));

        Assert.Equal(2, built.GetRequiredService<ClusterCatalog>().MaxConcurrency);
    }
}
