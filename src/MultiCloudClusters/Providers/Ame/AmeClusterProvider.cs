using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// Avisi Cloud AME clusters behind <see cref="IClusterProvider"/>, in one organisation. Cluster ids are
/// <c>{environment}/{cluster}</c> (see <see cref="AmeClusterId"/>). Node pools, join and OIDC configs, moves
/// and Prometheus rule inheritance are extra methods here; the whole API is on <see cref="Api"/>.
/// </summary>
public sealed partial class AmeClusterProvider : ClusterProviderBase
{
    /// <summary>The provider key.</summary>
    public const string ProviderName = "ame";

    private readonly Func<HttpClient> _http;
    private readonly string _organisation;
    private readonly PagingLimits _paging;

    /// <summary>Creates a provider without dependency injection.</summary>
    /// <param name="options">Endpoint, organisation, token and resilience settings.</param>
    /// <param name="primaryHandler">The innermost handler (default: a pooled sockets handler).</param>
    /// <param name="loggerFactory">Where logs go.</param>
    /// <param name="timeProvider">The clock (tests pass a fake one).</param>
    /// <exception cref="InvalidRequestException">The options break a rule; the message names the setting.</exception>
    public AmeClusterProvider(AmeOptions options, HttpMessageHandler? primaryHandler = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(Resolve(options, timeProvider ?? TimeProvider.System), primaryHandler, loggerFactory, timeProvider ?? TimeProvider.System)
    {
    }

    internal AmeClusterProvider(Func<HttpClient> http, string organisation, TimeProvider timeProvider, ILogger? logger, PagingLimits paging)
        : base(timeProvider, logger)
    {
        _http = http;
        _organisation = organisation;
        _paging = paging;
    }

    private AmeClusterProvider((ProviderSetup Setup, string Organisation) resolved, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
        : this(resolved.Setup.ClientFactory(primaryHandler, loggerFactory, timeProvider), resolved.Organisation, timeProvider, loggerFactory?.CreateLogger("MultiCloudClusters." + ProviderName), resolved.Setup.Paging)
    {
    }

    /// <inheritdoc />
    public override string Name => ProviderName;

    /// <inheritdoc />
    public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Update | ClusterOperations.Delete | ClusterOperations.Upgrade | ClusterOperations.Start | ClusterOperations.Stop | ClusterOperations.Kubeconfig);

    /// <summary>The organisation this provider works in.</summary>
    public string Organisation => _organisation;

    /// <summary>The whole AME API over the same pipeline. Failures surface as <see cref="CloudApiException"/>.</summary>
    public Generated.IAmeApiClient Api => new Generated.AmeApiClient(_http());

    /// <inheritdoc />
    public override string ToString() => $"AmeClusterProvider(organisation {_organisation})";

    internal static (ProviderSetup Setup, string Organisation) Resolve(AmeOptions options, TimeProvider timeProvider, Func<string, string?>? environment = null)
    {
        var resolved = AmeConfigurationResolver.Resolve(options, environment);
        var parser = new AmeErrorParser(timeProvider, [resolved.Token]);
        return (new ProviderSetup(resolved.Endpoint, parser, new AmeAuthenticator(resolved.Token), options.Resilience, options.ApplicationName), resolved.Organisation);
    }

    private static Task<T> Call<T>(Func<Task<T>> call) => ProviderCall.RunAsync(ProviderName, call);

    private static Task Call(Func<Task> call) => ProviderCall.RunAsync(ProviderName, call);

    private static AmeClusterId ParseId(string clusterId) => AmeClusterId.Parse(clusterId);

    /// <summary>The unified view; <paramref name="knownEnvironment"/> fills in an environment the answer left out.</summary>
    private ClusterInfo ToInfo(Generated.Cluster cluster, string? knownEnvironment)
    {
        var slug = ProviderCall.Require(ProviderName, cluster.Slug, "slug");
        var environment = ProviderCall.Require(ProviderName, cluster.EnvironmentSlug ?? knownEnvironment, "environmentSlug");
        return new ClusterInfo
        {
            Provider = ProviderName,
            Registration = Registration,
            Id = new AmeClusterId(environment, slug).ToString(),
            Name = string.IsNullOrEmpty(cluster.Name) ? slug : cluster.Name,
            Status = AmeStatusMap.Map(cluster.Status),
            RawStatus = cluster.Status,
            Version = cluster.Version,
            Region = cluster.Region,
            CreatedAt = cluster.CreatedAt,
            Native = cluster,
        };
    }
}
