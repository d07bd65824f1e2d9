using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Clusters: the unified operations and the OKS-specific cluster list.</summary>
public partial class OksClusterProvider
{
    /// <inheritdoc />
    /// <remarks>
    /// <see cref="ClusterQuery.Scope"/> is a project id; null lists the clusters of every project. Each
    /// <see cref="ClusterInfo.Native"/> is an <see cref="OksCluster"/>. Filters by name, status or version:
    /// <see cref="ListClustersAsync(OksClusterQuery, CancellationToken)"/>.
    /// </remarks>
    public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
        ListClusters(new OksClusterQuery { ProjectId = query?.Scope, PageSize = query?.PageSize }, "query.Scope", cancellationToken);

    /// <summary>Lists clusters with OKS's filters, one page at a time (cursor paging).</summary>
    /// <param name="query">The filters; <see cref="OksClusterQuery.ProjectId"/> null lists the clusters of every project.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The clusters; each <see cref="ClusterInfo.Native"/> is an <see cref="OksCluster"/>.</returns>
    public virtual AsyncPageable<ClusterInfo> ListClustersAsync(OksClusterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ListClusters(query, "query.ProjectId", cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(clusterId), clusterId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "Cluster")));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Needs <see cref="OksClusterOptions.ProjectId"/> (see <see cref="ListProjectsAsync"/> and
    /// <see cref="CreateProjectAsync"/>) and at least one admin whitelist CIDR (see <see cref="GetClientIpAsync"/>).
    /// When <see cref="ClusterCreateRequest.Version"/> is null, the provider's default is asked first: the version
    /// of its cluster template (<see cref="GetClusterTemplateAsync"/>), else the newest of
    /// <see cref="GetKubernetesVersionsAsync"/>. The create itself is sent once (never retried after a doubtful answer).
    /// </remarks>
    public override async Task<ClusterInfo> CreateClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<OksClusterOptions>(request.Options, "request.Options");
        var validator = new RequestValidator();
        ValidateName(validator, "request.Name", request.Name);
        validator.Required("request.Options.ProjectId", options?.ProjectId);
        if (request.Version is not null)
        {
            validator.Required("request.Version", request.Version).Matches("request.Version", request.Version, VersionPattern(), "major.minor, e.g. 1.31");
        }

        if (options?.AdminWhitelist is not { Count: > 0 })
        {
            validator.Fail("request.Options.AdminWhitelist", "must list at least one CIDR block allowed to reach the Kubernetes API");
        }

        ValidateCidrs(validator, "request.Options.CidrPods", [options?.CidrPods ?? OksModels.DefaultCidrPods]);
        ValidateCidrs(validator, "request.Options.CidrService", [options?.CidrService ?? OksModels.DefaultCidrService]);
        ValidateOptions(validator, options, OksModels.CreateMembers);
        validator.ThrowIfInvalid();

        var version = request.Version ?? await DefaultVersionAsync(cancellationToken).ConfigureAwait(false);
        var body = OksModels.CreateBody(request, options, version);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.CreateClusterAsync(body, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "Cluster")));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Project, networks, DNS, CNI, control-plane placement and load balancer administration are fixed at
    /// creation and refused here; the version changes through <see cref="UpgradeClusterAsync"/>.
    /// </remarks>
    public override async Task<ClusterInfo> UpdateClusterAsync(string clusterId, ClusterUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(clusterId), clusterId);
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<OksClusterOptions>(request.Options, "request.Options");
        var validator = new RequestValidator();
        if (request.Description is not null && options?.Description is not null && request.Description != options.Description)
        {
            validator.Fail("request.Description", "and request.Options.Description differ; set one");
        }

        if (options is { ProjectId: not null } or { CidrPods: not null } or { CidrService: not null } or { ClusterDns: not null } or { Cni: not null }
            or { CpMultiAz: not null } or { CpSubregions: not null } or { AdminLbu: not null })
        {
            validator.Fail("request.Options", "ProjectId, CidrPods, CidrService, ClusterDns, Cni, CpMultiAz, CpSubregions and AdminLbu are fixed at creation on OKS");
        }

        ValidateOptions(validator, options, OksModels.UpdateMembers);
        validator.ThrowIfInvalid();
        var body = OksModels.UpdateBody(request, options);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.UpdateClusterAsync(clusterId, body, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "Cluster")));
    }

    /// <inheritdoc />
    public override async Task DeleteClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(clusterId), clusterId);
        var api = Api;
        await Call(() => api.DeleteClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Sets the cluster's target version, then starts the upgrade.</remarks>
    public override async Task<ClusterInfo> UpgradeClusterAsync(string clusterId, string version, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(clusterId), clusterId);
        new RequestValidator().Required("version", version).Matches("version", version, VersionPattern(), "major.minor, e.g. 1.32").ThrowIfInvalid();
        using var capture = RequestIdCapture.Start();
        var api = Api;
        await Call(() => api.UpdateClusterAsync(clusterId, new Generated.ClusterUpdateRequest { Version = version }, cancellationToken)).ConfigureAwait(false);
        var response = await Call(() => api.UpgradeClusterAsync(clusterId, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(ProviderCall.Require(ProviderName, response.Cluster, "Cluster")));
    }

    private AsyncPageable<ClusterInfo> ListClusters(OksClusterQuery query, string projectField, CancellationToken cancellationToken)
    {
        var projectId = query.ProjectId;
        var validator = new RequestValidator().Range("query.PageSize", query.PageSize, 1, 100);
        if (projectId is not null)
        {
            validator.PathSegment(projectField, projectId);
        }

        validator.ThrowIfInvalid();
        return TokenPaginator.Create<ClusterInfo>(TokenStyle.Cursor, _paging, async (cursor, pageSize, ct) =>
        {
            new RequestValidator().Range("pageSize", pageSize, 1, 100).ThrowIfInvalid();
            using var capture = RequestIdCapture.Start();
            var api = Api;
            var limit = pageSize ?? query.PageSize;
            var response = await Call(() => projectId is null
                ? api.ListAllClustersAsync(query.Name, query.Status, query.Version, query.IncludeDeleted, cursor, limit: limit, cancellationToken: ct)
                : api.ListClustersByProjectIDAsync(projectId, query.Name, query.Status, query.Version, query.IncludeDeleted, cursor, limit: limit, cancellationToken: ct)).ConfigureAwait(false);
            var clusters = ProviderCall.Require(ProviderName, response.Clusters, "Clusters");
            // A server without pagination sends everything at once: one page, no token.
            return new TokenPage<ClusterInfo>(capture.StampAll<ClusterInfo>([.. clusters.Select(ToInfo)]), response.Pagination?.Cursor?.Next_cursor);
        }, cancellationToken);
    }

    /// <summary>The provider's default version: its cluster template's, else the newest it offers.</summary>
    private async Task<string> DefaultVersionAsync(CancellationToken cancellationToken)
    {
        var template = await GetClusterTemplateAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(template.Version))
        {
            return template.Version;
        }

        string? newest = null;
        Version? highest = null;
        foreach (var offered in await GetKubernetesVersionsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Version.TryParse(offered, out var parsed) && (highest is null || parsed > highest))
            {
                (newest, highest) = (offered, parsed);
            }
        }

        return newest ?? throw ProviderCall.Malformed(ProviderName, 200, "OKS named no default Kubernetes version (the cluster template has none and the version list is empty); set request.Version");
    }

    private static void ValidateOptions(RequestValidator validator, OksClusterOptions? options, IReadOnlySet<string> bodyMembers)
    {
        if (options is null)
        {
            return;
        }

        if (options.AdminWhitelist is { } whitelist)
        {
            ValidateCidrs(validator, "request.Options.AdminWhitelist", whitelist);
        }

        if (options.MaintenanceWindow is { } window)
        {
            validator
                .Range("request.Options.MaintenanceWindow.DurationHours", window.DurationHours, 0, 23)
                .Range("request.Options.MaintenanceWindow.StartHour", window.StartHour, 0, 23)
                .Required("request.Options.MaintenanceWindow.WeekDay", window.WeekDay);
        }

        if (options.Auth?.Oidc is { } oidc)
        {
            validator
                .Required("request.Options.Auth.Oidc.IssuerUrl", oidc.IssuerUrl)
                .Required("request.Options.Auth.Oidc.ClientId", oidc.ClientId);
        }

        foreach (var name in options.AdditionalProperties?.Keys ?? [])
        {
            if (bodyMembers.Contains(name))
            {
                validator.Fail("request.Options.AdditionalProperties", $"must not name '{name}': the request and its options set that member of the API's body");
            }
        }
    }

    private ClusterInfo ToInfo(Generated.Cluster cluster)
    {
        var native = OksModels.ToModel(cluster);
        return new()
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
            Tags = native.Tags, // one dictionary for both views of the same answer
            Native = native,
        };
    }
}
