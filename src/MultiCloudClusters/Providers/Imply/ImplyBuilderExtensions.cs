using Microsoft.Extensions.Configuration;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Registers Imply Cloud Manager: once per account, each under its own name (<c>AddImply("imply-analytics", …)</c>), with named
/// options (<c>IOptionsMonitor&lt;ImplyOptions&gt;.Get(name)</c>) validated at start-up.
/// </summary>
public static class ImplyBuilderExtensions
{
    internal static readonly ProviderDefinition<IClusterProvider, ImplyClusterProvider, ImplyOptions, ProviderSetup> Definition = new(
        ImplyClusterProvider.ProviderName,
        ImplyOptions.SectionName,
        static (section, options) => section.Bind(options),
        ImplyClusterProvider.Resolve,
        resolved => resolved,
        context => new ImplyClusterProvider(context.Http, context.Time, context.Logger, context.Paging) { Registration = context.Name });

    /// <summary>
    /// Adds Imply Cloud Manager under the name <c>imply</c>, configured in code: the keyed <see cref="IClusterProvider"/> and
    /// <see cref="ImplyClusterProvider"/>, also resolvable without a key.
    /// </summary>
    public static MultiCloudClustersBuilder AddImply(this MultiCloudClustersBuilder builder, Action<ImplyOptions> configure) =>
        Definition.Add(builder, ImplyClusterProvider.ProviderName, configure);

    /// <summary>Adds Imply Cloud Manager under the name <c>imply</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Imply</c>).</summary>
    public static MultiCloudClustersBuilder AddImply(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Definition.Add(builder, ImplyClusterProvider.ProviderName, section);

    /// <summary>Adds one Imply Cloud Manager account under <paramref name="name"/> (e.g. <c>imply-analytics</c>), configured in code.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddImply(this MultiCloudClustersBuilder builder, string name, Action<ImplyOptions> configure) =>
        Definition.Add(builder, name, configure);

    /// <summary>Adds one Imply Cloud Manager account under <paramref name="name"/> (e.g. <c>imply-analytics</c>), bound to a configuration section.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddImply(this MultiCloudClustersBuilder builder, string name, IConfiguration section) =>
        Definition.Add(builder, name, section);
}
