using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>Every provider the library ships, for registrations read from configuration.</summary>
internal static class ProviderDefinitions
{
    /// <summary>In display order.</summary>
    public static IReadOnlyList<IProviderDefinition> All { get; } =
        [OksBuilderExtensions.Definition, ImplyBuilderExtensions.Definition, AmeBuilderExtensions.Definition, EksBuilderExtensions.Definition, LakeSailBuilderExtensions.Definition];

    /// <summary>The provider a configuration value names (<c>Oks</c> or <c>oks</c>), or null.</summary>
    public static IProviderDefinition? Find(string? provider) =>
        All.FirstOrDefault(d => string.Equals(d.ConfigurationKey, provider, StringComparison.OrdinalIgnoreCase));
}
