using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using Generated = MultiCloudClusters.Providers.Eks.Generated;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// Amazon EKS behind <see cref="IClusterProvider"/>, for clusters connected from elsewhere: create registers an
/// external cluster (RegisterCluster), delete deregisters it, get describes any cluster and list covers EKS-created
/// and connected clusters alike. Every request is signed with SigV4. Every EKS operation the library uses has a
/// method here (RegisterCluster: <see cref="RegisterClusterAsync"/>, DeregisterCluster: <see cref="DeregisterClusterAsync"/>,
/// DescribeCluster: <see cref="GetClusterAsync"/>, ListClusters: <see cref="ListClusterNamesAsync"/>); the clusters
/// carry an <see cref="EksCluster"/> in <see cref="ClusterInfo.Native"/>. Methods are virtual so a test can replace them.
/// </summary>
public partial class EksClusterProvider : ClusterProviderBase
{
    /// <summary>The provider key.</summary>
    public const string ProviderName = "eks";

    /// <summary>The <c>include</c> value that adds connected clusters to ListClusters.</summary>
    internal const string IncludeAll = "all";

    private const int DescribeConcurrency = 4;

    private readonly Func<HttpClient> _http;
    private readonly PagingLimits _paging;

    /// <summary>Creates a provider without dependency injection.</summary>
    /// <param name="options">Region, endpoint, credentials and resilience settings.</param>
    /// <param name="primaryHandler">The innermost handler (default: a pooled sockets handler).</param>
    /// <param name="loggerFactory">Where logs go.</param>
    /// <param name="timeProvider">The clock, for signatures and waits (tests pass a fake one).</param>
    public EksClusterProvider(EksOptions options, HttpMessageHandler? primaryHandler = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(Resolve(options, timeProvider ?? TimeProvider.System), primaryHandler, loggerFactory, timeProvider ?? TimeProvider.System)
    {
    }

    /// <summary>For mocking: a provider that sends nothing (every call not overridden fails).</summary>
    protected EksClusterProvider()
    {
        _http = () => throw new InvalidOperationException("This EksClusterProvider was made for mocking and has no connection.");
        Region = string.Empty;
        _paging = new PagingLimits(ProviderName);
    }

    internal EksClusterProvider(Func<HttpClient> http, string region, TimeProvider timeProvider, ILogger? logger, PagingLimits paging)
        : base(timeProvider, logger)
    {
        _http = http;
        Region = region;
        _paging = paging;
    }

    private EksClusterProvider((ProviderSetup Setup, string Region) resolved, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
        : this(resolved.Setup.ClientFactory(primaryHandler, loggerFactory, timeProvider), resolved.Region, timeProvider, loggerFactory?.CreateLogger("MultiCloudClusters.eks"), resolved.Setup.Paging)
    {
    }

    /// <inheritdoc />
    public override string Name => ProviderName;

    /// <inheritdoc />
    public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Delete);

    /// <summary>The AWS region the provider signs for and reports in <see cref="ClusterInfo.Region"/>.</summary>
    public string Region { get; }

    /// <summary>The generated EKS client over the same signed pipeline (for tests and internal callers; failures surface as <see cref="CloudApiException"/>).</summary>
    internal Generated.IEksApiClient Api => new Generated.EksApiClient(_http());

    /// <inheritdoc />
    /// <remarks>
    /// Lists EKS-created and connected clusters (<c>include=all</c>). EKS lists names only, so each one is described
    /// (a few at a time) to give its status; a cluster that disappears in between is left out.
    /// Use <see cref="ListClusterNamesAsync"/> for the names alone. <see cref="ClusterQuery.Scope"/> is ignored.
    /// </remarks>
    public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default)
    {
        var names = ListClusterNamesAsync(query?.PageSize, cancellationToken: cancellationToken);
        return AsyncPageable<ClusterInfo>.Create("next token", _paging, async (request, ct) =>
        {
            var page = await FirstPageAsync(names, request, ct).ConfigureAwait(false);
            var described = await DescribeAllAsync(page.Values, ct).ConfigureAwait(false);
            return new Page<ClusterInfo>(described, page.ContinuationToken);
        }, cancellationToken);
    }

    /// <summary>The names of the clusters in the region, one ListClusters page at a time.</summary>
    /// <param name="pageSize">Names per page, 1 to 100 (the server's default when null).</param>
    /// <param name="includeConnected">True (the default) to list connected clusters too (<c>include=all</c>); false for EKS-created clusters only.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The names; <see cref="AsyncPageable{T}.AsPages"/> resumes from a page's <c>nextToken</c>.</returns>
    /// <exception cref="InvalidRequestException"><paramref name="pageSize"/> is out of range; nothing was sent.</exception>
    public virtual AsyncPageable<string> ListClusterNamesAsync(int? pageSize = null, bool includeConnected = true, CancellationToken cancellationToken = default)
    {
        ValidatePageSize("pageSize", pageSize);
        List<string>? include = includeConnected ? [IncludeAll] : null;
        return TokenPaginator.Create<string>(TokenStyle.NextToken, _paging, async (nextToken, size, ct) =>
        {
            var maxResults = size ?? pageSize;
            ValidatePageSize("pageSize", maxResults);
            var api = Api;
            var response = await Call(() => api.ListClustersAsync(maxResults, nextToken, include, ct)).ConfigureAwait(false);
            var clusters = ProviderCall.Require(ProviderName, response.Clusters, "clusters");
            return new TokenPage<string>(clusters, response.NextToken);
        }, cancellationToken);
    }

    /// <inheritdoc />
    /// <param name="clusterId">The cluster's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public override async Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateName("clusterId", clusterId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.DescribeClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(response.Cluster));
    }

    internal static (ProviderSetup Setup, string Region) Resolve(EksOptions options, TimeProvider timeProvider, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Resilience.Validate("Eks.Resilience").ToList();
        if (problems.Count > 0)
        {
            throw new InvalidRequestException([.. problems.Select(p => new FieldError("Eks", p))]);
        }

        var resolved = EksConfigurationResolver.Resolve(options, environment);
        var authenticator = new SigV4Authenticator(resolved.Credentials.GetCredentialsAsync, resolved.Region, "eks", timeProvider);
        return (new ProviderSetup(resolved.Endpoint, new EksErrorParser(timeProvider), authenticator, options.Resilience, options.ApplicationName), resolved.Region);
    }

    private static Task<T> Call<T>(Func<Task<T>> call) => ProviderCall.RunAsync(ProviderName, call);

    private static async Task<Page<string>> FirstPageAsync(AsyncPageable<string> names, PageRequest request, CancellationToken cancellationToken)
    {
        await foreach (var page in names.AsPages(request.ContinuationToken, request.PageSize, cancellationToken).ConfigureAwait(false))
        {
            return page;
        }

        return new Page<string>([], null);
    }

    private async Task<IReadOnlyList<ClusterInfo>> DescribeAllAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(DescribeConcurrency);
        var tasks = names.Select(async name =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await GetClusterAsync(name, cancellationToken).ConfigureAwait(false);
            }
            catch (CloudNotFoundException)
            {
                return null;
            }
            catch (InvalidRequestException)
            {
                // The name came from the server, not the caller: one no cluster can have is a malformed answer.
                throw ProviderCall.Malformed(ProviderName, 200, "The cluster list names a cluster with an invalid name");
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        return [.. results.OfType<ClusterInfo>()];
    }

    /// <summary>The unified view of an answer's cluster member; an answer without one is malformed.</summary>
    private ClusterInfo ToInfo(Generated.Cluster? cluster) =>
        EksMapper.ToInfo(EksMapper.ToCluster(ProviderCall.Require(ProviderName, cluster, "cluster")), Region, Registration);

    private static void ValidatePageSize(string field, int? pageSize) =>
        new RequestValidator().Range(field, pageSize, 1, 100).ThrowIfInvalid();

    private static void ValidateName(string field, string? name)
    {
        var validator = new RequestValidator();
        ValidateName(validator, field, name);
        validator.ThrowIfInvalid();
    }

    private static void ValidateName(RequestValidator validator, string field, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            validator.Required(field, name);
            return;
        }

        validator.Length(field, name, 1, 100)
            .Matches(field, name, ClusterNamePattern(), "letters, digits, '-' and '_', starting with a letter or digit");
    }

    [GeneratedRegex(@"^[0-9A-Za-z][A-Za-z0-9\-_]*$")]
    private static partial Regex ClusterNamePattern();
}
