using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Emulator;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>
/// Capabilities are declared by each provider, not worked out at run time: this test holds every cluster provider
/// of the library to its declaration, by comparing it with the members of <see cref="ClusterProviderBase"/> it overrides.
/// </summary>
public sealed class CapabilityDeclarationTests
{
    private static readonly (string Method, ClusterOperations Operation)[] Optional =
    [
        (nameof(ClusterProviderBase.ListClustersAsync), ClusterOperations.List),
        (nameof(ClusterProviderBase.GetClusterAsync), ClusterOperations.Get),
        (nameof(ClusterProviderBase.CreateClusterAsync), ClusterOperations.Create),
        (nameof(ClusterProviderBase.UpdateClusterAsync), ClusterOperations.Update),
        (nameof(ClusterProviderBase.DeleteClusterAsync), ClusterOperations.Delete),
        (nameof(ClusterProviderBase.UpgradeClusterAsync), ClusterOperations.Upgrade),
        (nameof(ClusterProviderBase.StartClusterAsync), ClusterOperations.Start),
        (nameof(ClusterProviderBase.StopClusterAsync), ClusterOperations.Stop),
        (nameof(ClusterProviderBase.GetKubeconfigAsync), ClusterOperations.Kubeconfig),
    ];

    [Fact]
    public async Task Every_provider_declares_exactly_the_operations_it_overrides()
    {
        await using var emu = await MultiCloudEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddMultiCloudClusters(b => b.UseEmulator(emu));
        await using var container = services.BuildServiceProvider();
        var providerTypes = typeof(ClusterProviderBase).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ClusterProviderBase)) && !t.IsAbstract)
            .ToList();

        var providers = container.GetRequiredService<ClusterCatalog>().ClusterProviders.ToList();

        // Every provider type of the library is checked, through an instance as users get it.
        Assert.Equal(
            providerTypes.Select(t => t.FullName).Order(),
            providers.Select(p => p.GetType().FullName).Order());
        Assert.Equal(4, providers.Count);
        foreach (var provider in providers)
        {
            Assert.True(
                Overridden(provider.GetType()) == provider.Capabilities.Operations,
                $"{provider.Name} declares {provider.Capabilities} but overrides {Overridden(provider.GetType())}");
        }
    }

    [Fact]
    public void The_check_sees_an_override_the_declaration_leaves_out()
    {
        // A provider that overrides Get and Start but declares only Get: the comparison above would catch it.
        Assert.Equal(ClusterOperations.Get | ClusterOperations.Start, Overridden(typeof(Undeclared)));
        Assert.NotEqual(Overridden(typeof(Undeclared)), new Undeclared().Capabilities.Operations);
    }

    [Fact]
    public async Task An_operation_left_out_is_refused_before_anything_is_sent_naming_the_capabilities()
    {
        var provider = new Undeclared();

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => provider.DeleteClusterAsync("c-1"));

        Assert.Contains("does not support DeleteCluster", error.Message, StringComparison.Ordinal);
        Assert.Contains("Get", error.Message, StringComparison.Ordinal);
    }

    private static ClusterOperations Overridden(Type type) => Optional
        .Where(o => type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m =>
            m.Name == o.Method && m.GetBaseDefinition().DeclaringType == typeof(ClusterProviderBase) && m.DeclaringType != typeof(ClusterProviderBase)))
        .Aggregate(ClusterOperations.None, (all, o) => all | o.Operation);

    private sealed class Undeclared : ClusterProviderBase
    {
        public override string Name => "undeclared";

        public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.Get);

        public override Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ClusterInfo { Provider = Name, Id = clusterId, Name = clusterId });

        public override Task<ClusterInfo> StartClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
            GetClusterAsync(clusterId, cancellationToken);
    }
}
