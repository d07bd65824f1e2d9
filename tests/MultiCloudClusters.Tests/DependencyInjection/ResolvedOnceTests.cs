using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Http;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.DependencyInjection;

/// <summary>
/// Each registration's configuration is resolved once (files read, environment consulted, authenticator built),
/// though the start-up validation, the HttpClient's pipeline and the provider all need it. Counted through each
/// provider's own resolver, wrapped.
/// </summary>
public sealed class ResolvedOnceTests : EmulatorTestBase
{
    private readonly ConcurrentDictionary<string, int> _resolved = new();
    private ProviderDefinition<TS, TP, TO, TR> Counted<TS, TP, TO, TR>(ProviderDefinition<TS, TP, TO, TR> definition, string name)
        where TS : class
        where TP : class, TS
        where TO : class =>
        definition with
        {
            Resolve = (options, time) =>
            {
                _resolved.AddOrUpdate(name, 1, (_, n) => n + 1);
                return definition.Resolve(options, time);
            },
        };

    [Fact]
    public async Task Every_provider_resolves_each_registration_once_through_start_up_two_resolutions_and_calls()
    {
        var settings = EmulatorEstate.Settings(Emu, [.. EmulatorEstate.FiveAccounts, ("oks-second", "Oks")]);
        var accounts = EmulatorEstate.Section(settings).GetSection("Accounts");
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b =>
        {
            Counted(OksBuilderExtensions.Definition, "oks-prod").Add(b, "oks-prod", accounts.GetSection("oks-prod"));
            Counted(OksBuilderExtensions.Definition, "oks-second").Add(b, "oks-second", accounts.GetSection("oks-second"));
            Counted(ImplyBuilderExtensions.Definition, "imply-analytics").Add(b, "imply-analytics", accounts.GetSection("imply-analytics"));
            Counted(AmeBuilderExtensions.Definition, "ame-acme").Add(b, "ame-acme", accounts.GetSection("ame-acme"));
            Counted(EksBuilderExtensions.Definition, "eks-us").Add(b, "eks-us", accounts.GetSection("eks-us"));
            Counted(LakeSailBuilderExtensions.Definition, "lakesail-eu").Add(b, "lakesail-eu", accounts.GetSection("lakesail-eu"));
        });

        await using (var built = EmulatorEstate.Start(services))
        {
            var catalog = built.GetRequiredService<ClusterCatalog>();
            foreach (var name in catalog.ClusterProviderNames)
            {
                Assert.Same(built.GetRequiredKeyedService<IClusterProvider>(name), catalog.GetClusterProvider(name));
                _ = built.GetRequiredKeyedService<ProviderSetup>(name);
            }

            Assert.DoesNotContain(await catalog.ListAllClustersAsync().ToListAsync(), e => e.IsError);
            Assert.DoesNotContain(await catalog.ListAllClustersAsync().ToListAsync(), e => e.IsError);
            await built.GetRequiredKeyedService<IConnectionProvider>("lakesail-eu").ListConnectionsAsync().ToListAsync();
            Assert.Equal(Emu.Oks.BaseUrl, built.GetRequiredService<IOptionsMonitor<OksOptions>>().Get("oks-second").Endpoint);
        }

        Assert.Equal(6, _resolved.Count);
        Assert.All(_resolved, r => Assert.True(r.Value == 1, $"{r.Key} resolved {r.Value} times"));
    }

    [Fact]
    public async Task The_OKS_profile_file_is_read_once_and_what_it_says_is_used()
    {
        var file = Path.Combine(Path.GetTempPath(), $"oks-profile-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, $$"""
            { "work": { "type": "ak/sk", "access_key": "{{Emu.Oks.AccessKey}}", "secret_key": "{{Emu.Oks.SecretKey}}", "region_name": "eu-west-2", "endpoint": "{{Emu.Oks.BaseUrl.AbsoluteUri}}" } }
            """);
        try
        {
            var services = new ServiceCollection();
            services.AddMultiCloudClusters(b => Counted(OksBuilderExtensions.Definition, "oks-cli").Add(b, "oks-cli", o => (o.ProfileFile, o.Profile) = (file, "work")));
            await using var built = EmulatorEstate.Start(services);

            var clusters = await built.GetRequiredKeyedService<IClusterProvider>("oks-cli").ListClustersAsync().ToListAsync();
            _ = built.GetRequiredService<IOptionsMonitor<OksOptions>>().Get("oks-cli");

            Assert.NotEmpty(clusters);
            Assert.Equal(1, _resolved["oks-cli"]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
