using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>A provider as the registrar sees it, whatever its options type: enough to register it from a configuration section.</summary>
internal interface IProviderDefinition
{
    /// <summary>The provider key, e.g. <c>oks</c>.</summary>
    string Key { get; }

    /// <summary>The provider's name in configuration, e.g. <c>Oks</c> (<c>MultiCloudClusters:Oks</c>, <c>"Provider": "Oks"</c>).</summary>
    string ConfigurationKey { get; }

    /// <summary>Registers the provider under <paramref name="name"/>, its options bound to <paramref name="section"/>.</summary>
    MultiCloudClustersBuilder Add(MultiCloudClustersBuilder builder, string name, IConfiguration section);
}

/// <summary>How one provider is registered: its key, how its options resolve, and how it is built from them.</summary>
/// <param name="Key">The provider key, e.g. <c>oks</c>.</param>
/// <param name="SectionName">Its per-provider configuration section, e.g. <c>MultiCloudClusters:Oks</c>.</param>
/// <param name="Bind">
/// Binds a configuration section onto the options: <c>(section, options) =&gt; section.Bind(options)</c>, written where
/// <typeparamref name="TOptions"/> is a concrete type so the configuration-binding source generator compiles it
/// (no reflection, safe under trimming and Native AOT).
/// </param>
/// <param name="Resolve">Checks the options and resolves them (endpoint, credentials, authenticator…); throws <see cref="Errors.InvalidRequestException"/> naming the field.</param>
/// <param name="Setup">The pipeline's part of the resolved options.</param>
/// <param name="Create">Builds the provider for one registration.</param>
internal sealed record ProviderDefinition<TService, TProvider, [DynamicallyAccessedMembers(ProviderRegistrar.OptionsMembers)] TOptions, TResolved>(
    string Key,
    string SectionName,
    Action<IConfiguration, TOptions> Bind,
    Func<TOptions, TimeProvider, TResolved> Resolve,
    Func<TResolved, ProviderSetup> Setup,
    Func<ProviderContext<TResolved>, TProvider> Create) : IProviderDefinition
    where TService : class
    where TProvider : class, TService
    where TOptions : class
{
    /// <inheritdoc />
    public string ConfigurationKey => SectionName[(SectionName.LastIndexOf(':') + 1)..];

    /// <summary>Whether <typeparamref name="TService"/> is a cluster or a connection provider.</summary>
    public ProviderKind Kind => typeof(TService) == typeof(IClusterProvider) ? ProviderKind.Cluster : ProviderKind.Connection;

    /// <summary>Registers the provider under <paramref name="name"/>, configured in code.</summary>
    public MultiCloudClustersBuilder Add(MultiCloudClustersBuilder builder, string name, Action<TOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return ProviderRegistrar.Add(builder, name, this, options => options.Configure(configure));
    }

    /// <inheritdoc />
    public MultiCloudClustersBuilder Add(MultiCloudClustersBuilder builder, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return ProviderRegistrar.Add(builder, name, this, options =>
        {
            // What OptionsBuilder.Bind does, without its reflection-based binder: bind the section, and re-bind on reload.
            options.Configure(o => Bind(section, o));
            options.Services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(new ConfigurationChangeTokenSource<TOptions>(options.Name, section));
        });
    }
}
