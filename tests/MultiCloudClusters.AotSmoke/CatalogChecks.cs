using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Providers.LakeSail;
using static MultiCloudClusters.AotSmoke.CheckRunner;

namespace MultiCloudClusters.AotSmoke;

/// <summary>What a <see cref="ClusterCatalog"/> built by dependency injection is asked.</summary>
internal static class CatalogChecks
{
    /// <summary>The name of the check <see cref="ResolveAsync"/> runs, after its label.</summary>
    public const string ResolveCheck = "start-up validation and the catalog";

    /// <summary>
    /// Validates the options of every registration, as a host's start does, and resolves the catalog: the four cluster
    /// providers under their keys and <paramref name="extra"/>, LakeSail as the one connection provider.
    /// </summary>
    /// <returns>The catalog, or <see langword="null"/> when the check failed.</returns>
    public static Task<ClusterCatalog?> ResolveAsync(CheckRunner checks, string label, IServiceProvider container, string extra) =>
        checks.RunAsync($"{label}: {ResolveCheck}", () =>
        {
            container.GetRequiredService<IStartupValidator>().Validate();
            var found = container.GetRequiredService<ClusterCatalog>();
            string[] expected = ["oks", "imply", "ame", "eks", extra];
            Expect(expected.All(found.ClusterProviderNames.Contains), $"cluster registrations: {string.Join(", ", found.ClusterProviderNames)}");
            Expect(found.ConnectionProviderNames.SequenceEqual([LakeSailConnectionProvider.ProviderName]), $"connection registrations: {string.Join(", ", found.ConnectionProviderNames)}");
            return Task.FromResult((found, $"clusters {string.Join(", ", found.ClusterProviderNames)}; connections {string.Join(", ", found.ConnectionProviderNames)}"));
        });

    /// <summary>Lists every registration at once: no error beside the results, and clusters from each registration.</summary>
    public static Task ListEveryRegistrationAsync(CheckRunner checks, string label, ClusterCatalog catalog) =>
        checks.RunAsync($"{label}: the catalog lists every registration", async () =>
        {
            var entries = new List<InventoryEntry>();
            await foreach (var entry in catalog.ListAllClustersAsync())
            {
                entries.Add(entry);
            }

            var errors = entries.Where(e => e.IsError).Select(e => e.ToString()).ToList();
            Expect(errors.Count == 0, string.Join("; ", errors));
            var counts = entries.GroupBy(e => e.Registration).ToDictionary(g => g.Key, g => g.Count());
            Expect(catalog.ClusterProviderNames.All(counts.ContainsKey), $"no cluster from {string.Join(", ", catalog.ClusterProviderNames.Where(n => !counts.ContainsKey(n)))}");
            return $"{entries.Count} clusters: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}";
        });
}
