using Microsoft.Extensions.Configuration;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Registers Amazon EKS: once per account, each under its own name (<c>AddEks("eks-us", …)</c>), with named
/// options (<c>IOptionsMonitor&lt;EksOptions&gt;.Get(name)</c>) validated at start-up.
/// </summary>
public static class EksBuilderExtensions
{
    internal static readonly ProviderDefinition<IClusterProvider, EksClusterProvider, EksOptions, (ProviderSetup Setup, string Region)> Definition = new(
        EksClusterProvider.ProviderName,
        EksOptions.SectionName,
        static (section, options) => section.Bind(options),
        (options, time) => EksClusterProvider.Resolve(options, time),
        resolved => resolved.Setup,
        context => new EksClusterProvider(context.Http, context.Resolved.Region, context.Time, context.Logger, context.Paging) { Registration = context.Name });

    /// <summary>
    /// Adds Amazon EKS under the name <c>eks</c>, configured in code: the keyed <see cref="IClusterProvider"/> and
    /// <see cref="EksClusterProvider"/>, also resolvable without a key.
    /// </summary>
    public static MultiCloudClustersBuilder AddEks(this MultiCloudClustersBuilder builder, Action<EksOptions> configure) =>
        Definition.Add(builder, EksClusterProvider.ProviderName, configure);

    /// <summary>Adds Amazon EKS under the name <c>eks</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:Eks</c>).</summary>
    public static MultiCloudClustersBuilder AddEks(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Definition.Add(builder, EksClusterProvider.ProviderName, section);

    /// <summary>Adds one Amazon EKS account under <paramref name="name"/> (e.g. <c>eks-us</c>), configured in code.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddEks(this MultiCloudClustersBuilder builder, string name, Action<EksOptions> configure) =>
        Definition.Add(builder, name, configure);

    /// <summary>Adds one Amazon EKS account under <paramref name="name"/> (e.g. <c>eks-us</c>), bound to a configuration section.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddEks(this MultiCloudClustersBuilder builder, string name, IConfiguration section) =>
        Definition.Add(builder, name, section);
}
