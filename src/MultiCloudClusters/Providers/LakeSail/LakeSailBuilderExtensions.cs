using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Connections;
using MultiCloudClusters.DependencyInjection;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>Registers the LakeSail provider.</summary>
public static class LakeSailBuilderExtensions
{
    /// <summary>Adds LakeSail as the keyed <see cref="IConnectionProvider"/> <c>lakesail</c>, configured in code.</summary>
    public static MultiCloudClustersBuilder AddLakeSail(this MultiCloudClustersBuilder builder, Action<LakeSailOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Add(builder, options => options.Configure(configure));
    }

    /// <summary>
    /// Adds LakeSail as the keyed <see cref="IConnectionProvider"/> <c>lakesail</c>, bound to a configuration
    /// section (e.g. <see cref="LakeSailOptions.SectionName"/>). A custom authenticator is set in code on top.
    /// </summary>
    public static MultiCloudClustersBuilder AddLakeSail(this MultiCloudClustersBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        return Add(builder, options => options.Bind(section));
    }

    private static MultiCloudClustersBuilder Add(MultiCloudClustersBuilder builder, Action<OptionsBuilder<LakeSailOptions>> configure)
    {
        builder.Services.AddKeyedSingleton<LakeSailConnectionProvider>(
            LakeSailConnectionProvider.ProviderName,
            (sp, key) => (LakeSailConnectionProvider)sp.GetRequiredKeyedService<IConnectionProvider>(key));
        return ProviderRegistrar.Add<IConnectionProvider, LakeSailOptions>(
            builder,
            LakeSailConnectionProvider.ProviderName,
            ProviderKind.Connection,
            configure,
            (options, time) => LakeSailConnectionProvider.Resolve(options, time),
            (sp, _, http) => new LakeSailConnectionProvider(http, sp.GetRequiredService<TimeProvider>()));
    }
}
