using Microsoft.Extensions.Configuration;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// Registers LakeSail: once per account, each under its own name (<c>AddLakeSail("lakesail-eu", …)</c>), with named
/// options (<c>IOptionsMonitor&lt;LakeSailOptions&gt;.Get(name)</c>) validated at start-up.
/// </summary>
public static class LakeSailBuilderExtensions
{
    internal static readonly ProviderDefinition<IConnectionProvider, LakeSailConnectionProvider, LakeSailOptions, ProviderSetup> Definition = new(
        LakeSailConnectionProvider.ProviderName,
        LakeSailOptions.SectionName,
        static (section, options) => section.Bind(options),
        (options, time) => LakeSailConnectionProvider.Resolve(options, time),
        resolved => resolved,
        context => new LakeSailConnectionProvider(context.Http, context.Time, context.Paging) { Registration = context.Name });

    /// <summary>
    /// Adds LakeSail under the name <c>lakesail</c>, configured in code: the keyed <see cref="IConnectionProvider"/> and
    /// <see cref="LakeSailConnectionProvider"/>, also resolvable without a key.
    /// </summary>
    public static MultiCloudClustersBuilder AddLakeSail(this MultiCloudClustersBuilder builder, Action<LakeSailOptions> configure) =>
        Definition.Add(builder, LakeSailConnectionProvider.ProviderName, configure);

    /// <summary>Adds LakeSail under the name <c>lakesail</c>, bound to a configuration section (e.g. <c>MultiCloudClusters:LakeSail</c>).</summary>
    public static MultiCloudClustersBuilder AddLakeSail(this MultiCloudClustersBuilder builder, IConfiguration section) =>
        Definition.Add(builder, LakeSailConnectionProvider.ProviderName, section);

    /// <summary>Adds one LakeSail account under <paramref name="name"/> (e.g. <c>lakesail-eu</c>), configured in code.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddLakeSail(this MultiCloudClustersBuilder builder, string name, Action<LakeSailOptions> configure) =>
        Definition.Add(builder, name, configure);

    /// <summary>Adds one LakeSail account under <paramref name="name"/> (e.g. <c>lakesail-eu</c>), bound to a configuration section.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not 1 to 64 letters, digits, '-', '_' or '.'.</exception>
    /// <exception cref="InvalidOperationException">Another registration already has this name.</exception>
    public static MultiCloudClustersBuilder AddLakeSail(this MultiCloudClustersBuilder builder, string name, IConfiguration section) =>
        Definition.Add(builder, name, section);
}
