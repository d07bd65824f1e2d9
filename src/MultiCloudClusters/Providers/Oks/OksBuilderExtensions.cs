using Microsoft.Extensions.Configuration;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// Registers OUTSCALE OKS: once per account, each under its own name (<c>AddOks("oks-prod", …)</c>), with named
/// options (<c>IOptionsMonitor&lt;OksOptions&gt;.Get(name)</c>) validated at start-up.
/// </summary>
public static class OksBuilderExtensions
{
    internal static readonly ProviderDefinition<IClusterProvider, OksClusterProvider, OksOptions, (ProviderSetup Setup, string Region)> Definition = new(
        OksClusterProvider.ProviderName,
        OksOptions.SectionName,
        static (section, options) => section.Bind(options),
        OksClusterProvider.Resolve,
        resolved => resolved.Setup,
        context => new OksClusterProvider(context.Http, context.Resolved.Region, context.Time, context.Logger, context.Paging) { Registration = context.Name });

    /// <summary>
    /// Adds OUTSCALE OKS under the name <c>oks</c>, configured in code: the keyed <see cref="IClusterProvider"/> and
    /// <see cref="OksClusterProvider"/>, also resolvable without a key.
    /// </summary>
    public static MultiCloudClustersBuilder AddOks(this MultiCloudClustersBuilder builder, Action<OksOptions> configure) =>
        Definition.Add(builder, OksClusterProvider.ProviderName, configure);

    /// <summary>Adds OUTSCALE OKS under the name <c>oks</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Oks</c>).</summary>
    public static MultiCloudClustersBuilder AddOks(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Definition.Add(builder, OksClusterProvider.ProviderName, section);

    /// <summary>Adds one OUTSCALE OKS account under <paramref name="name"/> (e.g. <c>oks-prod</c>), configured in code.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddOks(this MultiCloudClustersBuilder builder, string name, Action<OksOptions> configure) =>
        Definition.Add(builder, name, configure);

    /// <summary>Adds one OUTSCALE OKS account under <paramref name="name"/> (e.g. <c>oks-prod</c>), bound to a configuration section.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddOks(this MultiCloudClustersBuilder builder, string name, IConfiguration section) =>
        Definition.Add(builder, name, section);
}
