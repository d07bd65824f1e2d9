using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Http;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.DependencyInjection;

/// <summary>Two OKS accounts in one container, each under its own name, end to end against the emulator.</summary>
public sealed class TwoAccountsTests : EmulatorTestBase
{
    private ServiceProvider TwoOksAccounts(bool withDefault = false)
    {
        var emu = Emu;
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b =>
        {
            b.AddOks("oks-prod", o =>
            {
                (o.Endpoint, o.AccessKey, o.SecretKey, o.UseCliConfiguration) = (emu.Oks.BaseUrl, emu.Oks.AccessKey, emu.Oks.SecretKey, false);
                o.ApplicationName = "Prod/1.0";
            });
            b.AddOks("oks-test", o =>
            {
                (o.Endpoint, o.Username, o.Password, o.UseCliConfiguration) = (emu.Oks.BaseUrl, emu.Oks.Username, emu.Oks.Password, false);
                o.Resilience.MaxRetryAttempts = 0;
            });
            if (withDefault)
            {
                b.AddEmulatorAccount(emu, OksClusterProvider.ProviderName, OksClusterProvider.ProviderName);
            }
        });
        return EmulatorEstate.Start(services);
    }

    [Fact]
    public async Task Each_account_is_its_own_provider_with_its_own_options_and_lists_through_its_own_name()
    {
        await using var services = TwoOksAccounts();
        var catalog = services.GetRequiredService<ClusterCatalog>();

        var prod = services.GetRequiredKeyedService<IClusterProvider>("oks-prod");
        var test = services.GetRequiredKeyedService<OksClusterProvider>("oks-test");

        Assert.NotSame(prod, test);
        Assert.Same(test, services.GetRequiredKeyedService<IClusterProvider>("oks-test"));
        Assert.Same(prod, catalog.GetClusterProvider("oks-prod"));
        Assert.Equal(["oks-prod", "oks-test"], catalog.ClusterProviderNames);
        Assert.Equal(("oks", "oks-prod"), (prod.Name, prod.Registration));
        Assert.Equal(("oks", "oks-test"), (test.Name, test.Registration));

        // Named options: each registration reads its own, and nothing leaks between them.
        var options = services.GetRequiredService<IOptionsMonitor<OksOptions>>();
        Assert.Equal(("Prod/1.0", Emu.Oks.AccessKey, (string?)null), (options.Get("oks-prod").ApplicationName, options.Get("oks-prod").AccessKey, options.Get("oks-prod").Username));
        Assert.Equal(((string?)null, (string?)null, Emu.Oks.Username, 0), (options.Get("oks-test").ApplicationName, options.Get("oks-test").AccessKey, options.Get("oks-test").Username, options.Get("oks-test").Resilience.MaxRetryAttempts));
        Assert.NotSame(services.GetRequiredKeyedService<ProviderSetup>("oks-prod"), services.GetRequiredKeyedService<ProviderSetup>("oks-test"));
        Assert.EndsWith("Prod/1.0", services.GetRequiredKeyedService<ProviderSetup>("oks-prod").UserAgent, StringComparison.Ordinal);

        // Both accounts reach the emulator, each with its own credentials, and stamp what they return with their name.
        var throughProd = await prod.ListClustersAsync().ToListAsync();
        var throughTest = await test.ListClustersAsync().ToListAsync();
        Assert.NotEmpty(throughProd);
        Assert.Equal(throughProd.Select(c => c.Id).Order(), throughTest.Select(c => c.Id).Order());
        Assert.All(throughProd, c => Assert.Equal(("oks", "oks-prod"), (c.Provider, c.Registration)));
        Assert.All(throughTest, c => Assert.Equal(("oks", "oks-test"), (c.Provider, c.Registration)));
        var one = await test.GetClusterAsync(throughProd[0].Id);
        Assert.Equal(("oks-test", throughProd[0].Name), (one.Registration, one.Name));
        Assert.StartsWith("oks-test (oks):", one.ToString(), StringComparison.Ordinal);

        // The catalog lists both registrations, each entry under its own name.
        var entries = await catalog.ListAllClustersAsync().ToListAsync();
        Assert.DoesNotContain(entries, e => e.IsError);
        Assert.Equal(throughProd.Count, entries.Count(e => e.Registration == "oks-prod" && e.Cluster!.Registration == "oks-prod"));
        Assert.Equal(throughTest.Count, entries.Count(e => e.Registration == "oks-test" && e.Provider == "oks"));
    }

    [Fact]
    public async Task Without_a_key_the_concrete_type_is_the_default_registration_and_several_named_ones_must_be_chosen_by_name()
    {
        await using (var named = TwoOksAccounts())
        {
            var ex = Assert.Throws<InvalidOperationException>(() => named.GetRequiredService<OksClusterProvider>());
            Assert.Contains("oks-prod, oks-test", ex.Message, StringComparison.Ordinal);
            Assert.Contains("GetRequiredKeyedService<OksClusterProvider>(\"oks-prod\")", ex.Message, StringComparison.Ordinal);
        }

        await using var withDefault = TwoOksAccounts(withDefault: true);
        var unkeyed = withDefault.GetRequiredService<OksClusterProvider>();
        Assert.Same(withDefault.GetRequiredKeyedService<OksClusterProvider>("oks"), unkeyed);
        Assert.Equal("oks", unkeyed.Registration);
        Assert.NotEmpty(await unkeyed.ListClustersAsync().ToListAsync());
    }

    [Fact]
    public async Task Without_a_key_a_single_named_registration_is_the_one()
    {
        var emu = Emu;
        var services = new ServiceCollection().AddMultiCloudClusters(b => b.AddEmulatorAccount(emu, "eks", "eks-us"));
        await using var built = EmulatorEstate.Start(services);

        var eks = built.GetRequiredService<MultiCloudClusters.Providers.Eks.EksClusterProvider>();

        Assert.Same(built.GetRequiredKeyedService<IClusterProvider>("eks-us"), eks);
        Assert.All(await eks.ListClustersAsync().ToListAsync(), c => Assert.Equal("eks-us", c.Registration));
    }

    [Fact]
    public async Task Every_provider_type_resolves_without_a_key_after_UseEmulator()
    {
        var emu = Emu;
        await using var built = EmulatorEstate.Start(new ServiceCollection().AddMultiCloudClusters(b => b.UseEmulator(emu)));

        foreach (var (type, key) in new (Type, string)[]
        {
            (typeof(OksClusterProvider), "oks"), (typeof(MultiCloudClusters.Providers.Imply.ImplyClusterProvider), "imply"),
            (typeof(MultiCloudClusters.Providers.Ame.AmeClusterProvider), "ame"), (typeof(MultiCloudClusters.Providers.Eks.EksClusterProvider), "eks"),
            (typeof(MultiCloudClusters.Providers.LakeSail.LakeSailConnectionProvider), "lakesail"),
        })
        {
            Assert.Same(built.GetRequiredKeyedService(type, key), built.GetRequiredService(type));
        }
    }

    [Fact]
    public async Task A_provider_built_without_a_container_is_named_after_its_key_or_what_its_initializer_says()
    {
        var options = new OksOptions { Endpoint = Emu.Oks.BaseUrl, AccessKey = Emu.Oks.AccessKey, SecretKey = Emu.Oks.SecretKey, UseCliConfiguration = false };
        var plain = new OksClusterProvider(options);
        var named = new OksClusterProvider(options) { Registration = "oks-by-hand" };

        Assert.Equal("oks", plain.Registration);
        Assert.All(await plain.ListClustersAsync().ToListAsync(), c => Assert.Equal("oks", c.Registration));
        Assert.All(await named.ListClustersAsync().ToListAsync(), c => Assert.Equal(("oks-by-hand", "oks"), (c.Registration, c.Provider)));
        Assert.Throws<ArgumentException>(() => new OksClusterProvider(options) { Registration = "no spaces" });
    }
}
