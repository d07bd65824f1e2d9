using Microsoft.Extensions.Configuration;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// Registers Avisi Cloud AME: once per account, each under its own name (<c>AddAme("ame-acme", …)</c>), with named
/// options (<c>IOptionsMonitor&lt;AmeOptions&gt;.Get(name)</c>) validated at start-up.
/// </summary>
public static class AmeBuilderExtensions
{
    internal static readonly ProviderDefinition<IClusterProvider, AmeClusterProvider, AmeOptions, (ProviderSetup Setup, string Organisation)> Definition = new(
        AmeClusterProvider.ProviderName,
        AmeOptions.SectionName,
        static (section, options) => section.Bind(options),
        (options, time) => AmeClusterProvider.Resolve(options, time),
        resolved => resolved.Setup,
        context => new AmeClusterProvider(context.Http, context.Resolved.Organisation, context.Time, context.Logger, context.Paging) { Registration = context.Name });

    /// <summary>
    /// Adds Avisi Cloud AME under the name <c>ame</c>, configured in code: the keyed <see cref="IClusterProvider"/> and
    /// <see cref="AmeClusterProvider"/>, also resolvable without a key.
    /// </summary>
    public static MultiCloudClustersBuilder AddAme(this MultiCloudClustersBuilder builder, Action<AmeOptions> configure) =>
        Definition.Add(builder, AmeClusterProvider.ProviderName, configure);

    /// <summary>Adds Avisi Cloud AME under the name <c>ame</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Ame</c>).</summary>
    public static MultiCloudClustersBuilder AddAme(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Definition.Add(builder, AmeClusterProvider.ProviderName, section);

    /// <summary>Adds one Avisi Cloud AME account under <paramref name="name"/> (e.g. <c>ame-acme</c>), configured in code.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddAme(this MultiCloudClustersBuilder builder, string name, Action<AmeOptions> configure) =>
        Definition.Add(builder, name, configure);

    /// <summary>Adds one Avisi Cloud AME account under <paramref name="name"/> (e.g. <c>ame-acme</c>), bound to a configuration section.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddAme(this MultiCloudClustersBuilder builder, string name, IConfiguration section) =>
        Definition.Add(builder, name, section);
}
