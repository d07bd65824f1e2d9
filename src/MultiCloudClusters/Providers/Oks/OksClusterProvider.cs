using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Security;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// OUTSCALE OKS clusters behind <see cref="IClusterProvider"/>. Projects, quotas, templates and the
/// rest of the API are on <see cref="Api"/>, the generated client over the same pipeline.
/// </summary>
public sealed partial class OksClusterProvider : ClusterProviderBase
{
    /// <summary>The provider key.</summary>
    public const string ProviderName = "oks";

    private const string DefaultControlPlanes = "cp.mono.master";
    private const string DefaultCidrPods = "10.91.0.0/16";
    private const string DefaultCidrService = "10.92.0.0/16";

    private readonly Func<HttpClient> _http;
    private readonly string _region;
    private readonly PagingLimits _paging;

    /// <summary>Creates a provider without dependency injection.</summary>
    /// <param name="options">Endpoint, credentials and resilience settings.</param>
    /// <param name="primaryHandler">The innermost handler (default: a pooled sockets handler).</param>
    /// <param name="loggerFactory">Where logs go.</param>
    /// <param name="timeProvider">The clock (tests pass a fake one).</param>
    public OksClusterProvider(OksOptions options, HttpMessageHandler? primaryHandler = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(Resolve(options, timeProvider ?? TimeProvider.System), primaryHandler, loggerFactory, timeProvider ?? TimeProvider.System)
    {
    }

    internal OksClusterProvider(Func<HttpClient> http, string region, TimeProvider timeProvider, ILogger? logger, PagingLimits paging)
        : base(timeProvider, logger)
    {
        _http = http;
        _region = region;
        _paging = paging;
    }

    private OksClusterProvider((ProviderSetup Setup, string Region) resolved, HttpMessageHandler? primaryHandler, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
        : this(resolved.Setup.ClientFactory(primaryHandler, loggerFactory, timeProvider), resolved.Region, timeProvider, loggerFactory?.CreateLogger("MultiCloudClusters.oks"), resolved.Setup.Paging)
    {
    }

    /// <inheritdoc />
    public override string Name => ProviderName;

    /// <inheritdoc />
    public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Update | ClusterOperations.Delete | ClusterOperations.Upgrade | ClusterOperations.Kubeconfig);

    /// <summary>The whole OKS API (projects, quotas, templates, EIM users…). Failures surface as <see cref="CloudApiException"/>.</summary>
    public Generated.IOksApiClient Api => new Generated.OksApiClient(_http());

    /// <inheritdoc />
    /// <remarks><see cref="ClusterQuery.Scope"/> is a project id; null lists the clusters of every project.</remarks>
    public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default)
    {
        var projectId = query?.Scope;
        var validator = new RequestValidator().Range("query.PageSize", query?.PageSize, 1, 100);
        if (projectId is not null)
        {
            validator.PathSegment("query.Scope", projectId);
        }

        validator.ThrowIfInvalid();
        return TokenPaginator.Create<ClusterInfo>(TokenStyle.Cursor, _paging, async (cursor, pageSize, ct) =>
        {
            new RequestValidator().Range("pageSize", pageSize, 1, 100).ThrowIfInvalid();
            var api = Api;
            var limit = pageSize ?? query?.PageSize;
            var response = await Call(() => projectId is null
                ? api.ListAllClustersAsync(cursor: cursor, limit: limit, cancellationToken: ct)
                : api.ListClustersByProjectIDAsync(projectId: projectId, cursor: cursor, limit: limit, cancellationToken: ct)).ConfigureAwait(false);
            var clusters = ProviderCall.Require(ProviderName, response.Clusters, "Clusters");
            // A server without pagination sends everything at once: one page, no token.
            return new TokenPage<ClusterInfo>([.. clusters.Select(ToInfo)], response.Pagination?.Cursor?.Next_cursor);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        var api = Api;
        var response = await Call(() => api.GetClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
        return ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "Cluster"));
    }

    /// <inheritdoc />
    /// <remarks>Needs <see cref="OksClusterOptions.ProjectId"/>, a version and at least one admin whitelist CIDR.</remarks>
    public override async Task<ClusterInfo> CreateClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<OksClusterOptions>(request.Options, "request.Options");
        var body = new Generated.ClusterCreateRequest
        {
            Name = request.Name,
            Project_id = options?.ProjectId!,
            Version = request.Version!,
            Description = options?.Description,
            Control_planes = options?.ControlPlanes ?? DefaultControlPlanes,
            Admin_whitelist = [.. options?.AdminWhitelist ?? []],
            Cidr_pods = options?.CidrPods ?? DefaultCidrPods,
            Cidr_service = options?.CidrService ?? DefaultCidrService,
            Cluster_dns = options?.ClusterDns,
            Cp_multi_az = options?.CpMultiAz,
            Cp_subregions = options?.CpSubregions is { } subregions ? [.. subregions] : null,
            Cni = options?.Cni,
            Disable_api_termination = options?.DisableApiTermination,
            Tags = request.Tags is { } tags ? new Dictionary<string, string>(tags) : null,
        };
        options?.CustomizeCreate?.Invoke(body);

        var validator = new RequestValidator()
            .Required("request.Name", body.Name)
            .Length("request.Name", body.Name, 1, 40)
            .Matches("request.Name", body.Name, ClusterNamePattern(), "lower-case letters, digits and '-', starting with a letter and not ending with '-'")
            .Required("request.Options.ProjectId", body.Project_id)
            .Required("request.Version", body.Version);
        if (body.Admin_whitelist.Count == 0)
        {
            validator.Fail("request.Options.AdminWhitelist", "must list at least one CIDR block allowed to reach the Kubernetes API");
        }

        ValidateCidrs(validator, "request.Options.AdminWhitelist", body.Admin_whitelist);
        ValidateCidrs(validator, "request.Options.CidrPods", [body.Cidr_pods]);
        ValidateCidrs(validator, "request.Options.CidrService", [body.Cidr_service]);
        validator.ThrowIfInvalid();

        var api = Api;
        var response = await Call(() => api.CreateClusterAsync(body, cancellationToken)).ConfigureAwait(false);
        return ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "Cluster"));
    }

    /// <inheritdoc />
    public override async Task<ClusterInfo> UpdateClusterAsync(string clusterId, ClusterUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<OksClusterOptions>(request.Options, "request.Options");
        var validator = new RequestValidator();
        if (request.Description is not null && options?.Description is not null && request.Description != options.Description)
        {
            validator.Fail("request.Description", "and request.Options.Description differ; set one");
        }

        if (options?.ProjectId is not null || options?.CidrPods is not null || options?.CidrService is not null || options?.ClusterDns is not null || options?.Cni is not null)
        {
            validator.Fail("request.Options", "ProjectId, CidrPods, CidrService, ClusterDns and Cni are fixed at creation on OKS");
        }

        var body = new Generated.ClusterUpdateRequest
        {
            Description = request.Description ?? options?.Description,
            Tags = request.Tags is { } tags ? new Dictionary<string, string>(tags) : null,
            Admin_whitelist = options?.AdminWhitelist is { } whitelist ? [.. whitelist] : null,
            Control_planes = options?.ControlPlanes,
            Disable_api_termination = options?.DisableApiTermination,
        };
        options?.CustomizeUpdate?.Invoke(body);
        if (body.Admin_whitelist is { } list)
        {
            ValidateCidrs(validator, "request.Options.AdminWhitelist", list);
        }

        validator.ThrowIfInvalid();
        var api = Api;
        var response = await Call(() => api.UpdateClusterAsync(clusterId, body, cancellationToken)).ConfigureAwait(false);
        return ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "Cluster"));
    }

    /// <inheritdoc />
    public override async Task DeleteClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        var api = Api;
        await Call(() => api.DeleteClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Sets the cluster's target version, then starts the upgrade.</remarks>
    public override async Task<ClusterInfo> UpgradeClusterAsync(string clusterId, string version, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        new RequestValidator().Required("version", version).Matches("version", version, VersionPattern(), "major.minor, e.g. 1.32").ThrowIfInvalid();
        var api = Api;
        await Call(() => api.UpdateClusterAsync(clusterId, new Generated.ClusterUpdateRequest { Version = version }, cancellationToken)).ConfigureAwait(false);
        var response = await Call(() => api.UpgradeClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
        return ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "Cluster"));
    }

    /// <inheritdoc />
    /// <remarks>
    /// By default the kubeconfig comes sealed for a fresh X25519 key pair made for this call (the public key
    /// in <c>x-encrypt-nacl</c>); it is opened here and the private key wiped.
    /// </remarks>
    public override async Task<Kubeconfig> GetKubeconfigAsync(string clusterId, KubeconfigRequest? request = null, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        request ??= new KubeconfigRequest();
        var validator = new RequestValidator();
        ValidateSubject(validator, "request.User", request.User);
        ValidateSubject(validator, "request.Group", request.Group);
        var ttl = FormatTtl(validator, request.Ttl);
        validator.ThrowIfInvalid();

        var api = Api;
        if (!request.Encrypted)
        {
            var plain = await Call(() => api.GetKubeconfigAsync(clusterId, request.User, request.Group, ttl, cancellationToken)).ConfigureAwait(false);
            return new Kubeconfig(clusterId, ProviderCall.Require(ProviderName, plain.Cluster?.Data?.Kubeconfig, "Cluster.data.kubeconfig"), wasEncryptedInTransit: false);
        }

        using var keys = NaclKeyPair.Generate();
        var response = await Call(() => api.GetKubeconfigWithPubkeyNACLAsync(clusterId, keys.PublicKeyBase64, request.User, request.Group, ttl, cancellationToken)).ConfigureAwait(false);
        var sealedBox = ProviderCall.Require(ProviderName, response.Cluster?.Data?.Kubeconfig, "Cluster.data.kubeconfig");
        var bytes = keys.Open(sealedBox);
        try
        {
            return new Kubeconfig(clusterId, Encoding.UTF8.GetString(bytes), wasEncryptedInTransit: true);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    internal static (ProviderSetup Setup, string Region) Resolve(OksOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resolved = OksConfigurationResolver.Resolve(options);
        var problems = options.Resilience.Validate("Oks.Resilience").ToList();
        if (resolved.Credentials is null)
        {
            problems.Add("Oks credentials were not found: set AccessKey and SecretKey, Username and Password, or AccessToken and RefreshToken (or OKS_ACCESS_KEY/OKS_SECRET_KEY, or a profile in ~/.oks_cli/config.json)");
        }

        if (problems.Count > 0)
        {
            throw new InvalidRequestException([.. problems.Select(p => new FieldError("Oks", p))]);
        }

        return (new ProviderSetup(resolved.Endpoint, new OksErrorParser(timeProvider), new OksAuthenticator(resolved.Credentials!), options.Resilience, options.ApplicationName), resolved.Region);
    }

    private static Task<T> Call<T>(Func<Task<T>> call) => ProviderCall.RunAsync(ProviderName, call);

    private ClusterInfo ToInfo(Generated.Cluster cluster) => new()
    {
        Provider = ProviderName,
        Registration = Registration,
        Id = ProviderCall.Require(ProviderName, cluster.Id, "Cluster.id"),
        Name = cluster.Name ?? cluster.Id,
        Status = OksStatusMap.Map(cluster.Statuses?.Status),
        RawStatus = cluster.Statuses?.Status,
        Version = cluster.Version,
        Region = _region,
        CreatedAt = cluster.Statuses?.Created_at,
        Tags = cluster.Tags is { } tags ? new Dictionary<string, string>(tags) : new Dictionary<string, string>(),
        Native = cluster,
    };

    private static void ValidateId(string clusterId) =>
        new RequestValidator().PathSegment("clusterId", clusterId).ThrowIfInvalid();

    private static void ValidateSubject(RequestValidator validator, string field, string? value)
    {
        if (value is not null && (value.StartsWith("system:", StringComparison.Ordinal) || value.StartsWith("oks:", StringComparison.Ordinal)))
        {
            validator.Fail(field, "must not start with 'system:' or 'oks:' (reserved by Kubernetes and OKS)");
        }
    }

    private static string? FormatTtl(RequestValidator validator, TimeSpan? ttl)
    {
        if (ttl is not { } value)
        {
            return null;
        }

        if (value <= TimeSpan.Zero || value.Ticks % TimeSpan.TicksPerHour != 0)
        {
            validator.Fail("request.Ttl", "must be a positive whole number of hours, days or weeks");
            return null;
        }

        var hours = (long)value.TotalHours;
        return hours % (24 * 7) == 0 ? $"{hours / (24 * 7)}w"
            : hours % 24 == 0 ? $"{hours / 24}d"
            : string.Create(CultureInfo.InvariantCulture, $"{hours}h");
    }

    private static void ValidateCidrs(RequestValidator validator, string field, IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (value is null || (!IPNetwork.TryParse(value, out _) && !IPAddress.TryParse(value, out _)))
            {
                validator.Fail(field, $"must hold CIDR blocks such as 203.0.113.0/24 (got '{value}')");
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*[a-z0-9]$")]
    private static partial Regex ClusterNamePattern();

    [GeneratedRegex(@"^\d+\.\d+(\.\d+)?$")]
    private static partial Regex VersionPattern();
}
