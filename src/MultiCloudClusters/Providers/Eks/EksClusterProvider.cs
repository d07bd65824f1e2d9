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
/// and connected clusters alike. Every request is signed with SigV4. The generated client is on <see cref="Api"/>.
/// </summary>
public sealed partial class EksClusterProvider : ClusterProviderBase
{
    /// <summary>The provider key.</summary>
    public const string ProviderName = "eks";

    /// <summary>The <c>include</c> value that adds connected clusters to ListClusters.</summary>
    internal const string IncludeAll = "all";

    private const int MaxTags = 50;
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

    /// <summary>The generated EKS client over the same signed pipeline. Failures surface as <see cref="CloudApiException"/>.</summary>
    public Generated.IEksApiClient Api => new Generated.EksApiClient(_http());

    /// <inheritdoc />
    /// <remarks>
    /// Lists EKS-created and connected clusters (<c>include=all</c>). EKS lists names only, so each one is described
    /// (a few at a time) to give its status; a cluster that disappears in between is left out.
    /// Use <see cref="ListClusterNamesAsync"/> for the names alone. <see cref="ClusterQuery.Scope"/> is ignored.
    /// </remarks>
    public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default)
    {
        var names = ListClusterNamesAsync(query?.PageSize);
        return AsyncPageable<ClusterInfo>.Create("next token", _paging, async (request, ct) =>
        {
            var page = await FirstPageAsync(names, request, ct).ConfigureAwait(false);
            var described = await DescribeAllAsync(page.Values, ct).ConfigureAwait(false);
            return new Page<ClusterInfo>(described, page.ContinuationToken);
        }, cancellationToken);
    }

    /// <summary>The names of all clusters in the region, EKS-created and connected, one ListClusters page at a time.</summary>
    /// <param name="pageSize">Names per page, 1 to 100 (the server's default when null).</param>
    /// <returns>The names; <see cref="AsyncPageable{T}.AsPages"/> resumes from a page's <c>nextToken</c>.</returns>
    public AsyncPageable<string> ListClusterNamesAsync(int? pageSize = null)
    {
        ValidatePageSize("pageSize", pageSize);
        return TokenPaginator.Create<string>(TokenStyle.NextToken, _paging, async (nextToken, size, ct) =>
        {
            var maxResults = size ?? pageSize;
            ValidatePageSize("pageSize", maxResults);
            var api = Api;
            var response = await Call(() => api.ListClustersAsync(maxResults, nextToken, [IncludeAll], ct)).ConfigureAwait(false);
            var clusters = ProviderCall.Require(ProviderName, response.Clusters, "clusters");
            return new TokenPage<string>(clusters, response.NextToken);
        });
    }

    /// <inheritdoc />
    /// <param name="clusterId">The cluster's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public override async Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateName("clusterId", clusterId);
        var api = Api;
        var response = await Call(() => api.DescribeClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
        return ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "cluster"));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Registers an external cluster (see <see cref="RegisterClusterAsync"/>, which also returns the activation the
    /// connector manifest needs; here it is only in <see cref="ClusterInfo.Native"/>).
    /// </remarks>
    public override async Task<ClusterInfo> CreateClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default) =>
        (await RegisterClusterAsync(request, cancellationToken).ConfigureAwait(false)).Cluster;

    /// <summary>
    /// Connects a Kubernetes cluster running elsewhere to EKS (RegisterCluster). Needs <see cref="EksClusterOptions"/>
    /// with the connector provider and the connector role ARN. The answer carries the activation id and code that the
    /// EKS Connector manifest must hold, applied inside the cluster before <see cref="EksRegistration.ActivationExpiry"/>.
    /// </summary>
    /// <param name="request">Name (1 to 100 letters, digits, '-' and '_', starting with a letter or digit), tags and options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The registration.</returns>
    /// <exception cref="InvalidRequestException">A field breaks a rule; nothing was sent.</exception>
    public async Task<EksRegistration> RegisterClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<EksClusterOptions>(request.Options, "request.Options");
        var validator = new RequestValidator();
        ValidateName(validator, "request.Name", request.Name);
        validator.Required("request.Options", options);
        if (options is not null)
        {
            validator.Required("request.Options.ConnectorProvider", options.ConnectorProvider);
            if (!string.IsNullOrWhiteSpace(options.ConnectorProvider) && !EksClusterOptions.KnownConnectorProviders.Contains(options.ConnectorProvider, StringComparer.Ordinal))
            {
                validator.Fail("request.Options.ConnectorProvider", $"must be one of {string.Join(", ", EksClusterOptions.KnownConnectorProviders)} (got '{options.ConnectorProvider}')");
            }

            validator.Required("request.Options.RoleArn", options.RoleArn)
                .Matches("request.Options.RoleArn", options.RoleArn, RoleArnPattern(), "an IAM role ARN such as arn:aws:iam::123456789012:role/eks-connector-agent");
            if (options.ClientRequestToken is not null)
            {
                validator.Required("request.Options.ClientRequestToken", options.ClientRequestToken);
            }
        }

        if (request.Version is not null)
        {
            validator.Fail("request.Version", "cannot be set when registering an external cluster (it runs its own Kubernetes)");
        }

        if (request.Region is not null && !string.Equals(request.Region, Region, StringComparison.Ordinal))
        {
            validator.Fail("request.Region", $"must be empty or the provider's region '{Region}' (set EksOptions.Region for another)");
        }

        ValidateTags(validator, request.Tags);
        validator.ThrowIfInvalid();

        // One token per logical call: the retry pipeline resends this same body, so every attempt carries it.
        var body = new Generated.RegisterClusterRequest
        {
            Name = request.Name,
            ConnectorConfig = new Generated.ConnectorConfigRequest { Provider = options!.ConnectorProvider!, RoleArn = options.RoleArn! },
            ClientRequestToken = options.ClientRequestToken ?? Guid.NewGuid().ToString(),
            Tags = request.Tags is { Count: > 0 } tags ? new Dictionary<string, string>(tags) : null,
        };

        var api = Api;
        var response = await Call(() => api.RegisterClusterAsync(body, cancellationToken)).ConfigureAwait(false);
        var cluster = ProviderCall.Require(ProviderName, response.Cluster, "cluster");
        var connector = ProviderCall.Require(ProviderName, cluster.ConnectorConfig, "cluster.connectorConfig");
        return new EksRegistration(
            ToInfo(cluster),
            ProviderCall.Require(ProviderName, connector.ActivationId, "cluster.connectorConfig.activationId"),
            ProviderCall.Require(ProviderName, connector.ActivationCode, "cluster.connectorConfig.activationCode"),
            EpochTime(connector.ActivationExpiry, "cluster.connectorConfig.activationExpiry"));
    }

    /// <inheritdoc />
    /// <remarks>Deregisters a connected cluster (DeregisterCluster); EKS-created clusters are refused by the service.</remarks>
    /// <param name="clusterId">The cluster's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public override async Task DeleteClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateName("clusterId", clusterId);
        var api = Api;
        await Call(() => api.DeregisterClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Converts AWS epoch seconds (possibly fractional) to a time, to the microsecond.</summary>
    internal static DateTimeOffset? EpochTime(double? seconds, string member)
    {
        if (seconds is not { } value)
        {
            return null;
        }

        var max = (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).TotalSeconds;
        var min = (DateTimeOffset.MinValue - DateTimeOffset.UnixEpoch).TotalSeconds;
        if (!double.IsFinite(value) || value >= max || value <= min)
        {
            throw ProviderCall.Malformed(ProviderName, 200, $"The response's '{member}' is not a usable time in epoch seconds");
        }

        // Whole seconds and the fraction apart: a double of ~1.7e9 s cannot hold 100 ns ticks exactly.
        var whole = Math.Floor(value);
        var micros = Math.Round((value - whole) * 1_000_000);
        return DateTimeOffset.UnixEpoch.AddSeconds(whole).AddTicks((long)micros * 10);
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
            finally
            {
                gate.Release();
            }
        }).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        return [.. results.OfType<ClusterInfo>()];
    }

    private ClusterInfo ToInfo(Generated.Cluster cluster)
    {
        var name = ProviderCall.Require(ProviderName, cluster.Name, "cluster.name");
        return new ClusterInfo
        {
            Provider = ProviderName,
            Registration = Registration,
            Id = name,
            Name = name,
            Status = EksStatusMap.Map(cluster.Status),
            RawStatus = cluster.Status,
            Version = cluster.Version,
            Region = Region,
            CreatedAt = EpochTime(cluster.CreatedAt, "cluster.createdAt"),
            Tags = cluster.Tags is { } tags ? new Dictionary<string, string>(tags) : new Dictionary<string, string>(),
            Native = cluster,
        };
    }

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

    private static void ValidateTags(RequestValidator validator, IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            validator.Fail("request.Tags", $"must hold at most {MaxTags} tags (got {tags.Count})");
        }

        foreach (var (key, value) in tags)
        {
            var field = $"request.Tags[{key}]";
            if (key.Length is < 1 or > 128)
            {
                validator.Fail(field, $"key must be 1 to 128 characters long (got {key.Length})");
            }

            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                validator.Fail(field, "key must not start with 'aws:' (reserved by AWS)");
            }

            if (value is null || value.Length > 256)
            {
                validator.Fail(field, $"value must be present and at most 256 characters long (got {value?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"})");
            }
        }
    }

    [GeneratedRegex(@"^[0-9A-Za-z][A-Za-z0-9\-_]*$")]
    private static partial Regex ClusterNamePattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/.+$")]
    private static partial Regex RoleArnPattern();
}
