using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.DependencyInjection;

/// <summary>Registers providers inside <see cref="ServiceCollectionExtensions.AddMultiCloudClusters(IServiceCollection, Action{MultiCloudClustersBuilder})"/>.</summary>
public sealed class MultiCloudClustersBuilder
{
    /// <summary>The key under which a section lists its named registrations.</summary>
    public const string AccountsKey = "Accounts";

    /// <summary>The key, inside each account, that names its provider.</summary>
    public const string ProviderKey = "Provider";

    internal MultiCloudClustersBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Registers what a configuration section (usually <c>MultiCloudClusters</c>) describes: every entry of
    /// <c>Accounts</c> under its own name, e.g.
    /// <c>"Accounts": { "oks-prod": { "Provider": "Oks", "AccessKey": … }, "eks-us": { "Provider": "Eks", "Region": "us-east-1" } }</c>;
    /// each per-provider section that has settings (<c>Oks</c>, <c>Imply</c>, <c>Ame</c>, <c>Eks</c>,
    /// <c>LakeSail</c>) under the provider key; and <c>MaxConcurrency</c> for <see cref="ClusterCatalog"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An account names no provider, or one the library does not know.</exception>
    /// <exception cref="InvalidOperationException">Two registrations have the same name.</exception>
    public MultiCloudClustersBuilder AddFromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        Services.AddOptions<ClusterCatalogOptions>().Bind(section);
        foreach (var definition in ProviderDefinitions.All)
        {
            var providerSection = section.GetSection(definition.ConfigurationKey);
            if (providerSection.Exists())
            {
                definition.Add(this, definition.Key, providerSection);
            }
        }

        foreach (var account in section.GetSection(AccountsKey).GetChildren())
        {
            var provider = account[ProviderKey];
            var definition = ProviderDefinitions.Find(provider) ?? throw new ArgumentException(
                $"{AccountsKey}:{account.Key}:{ProviderKey} must be one of {string.Join(", ", ProviderDefinitions.All.Select(d => d.ConfigurationKey))}; got {(provider is null ? "nothing" : $"'{Errors.ServerText.CleanShort(provider)}'")}.",
                nameof(section));
            definition.Add(this, account.Key, account);
        }

        return this;
    }

    /// <summary>Configures <see cref="ClusterCatalog"/>, e.g. <c>ConfigureCatalog(o => o.MaxConcurrency = 4)</c>.</summary>
    public MultiCloudClustersBuilder ConfigureCatalog(Action<ClusterCatalogOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }
}
