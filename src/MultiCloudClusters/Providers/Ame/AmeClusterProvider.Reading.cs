using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>Reading clusters: the unified list and get, and their AME forms with the API's optional flags.</summary>
public partial class AmeClusterProvider
{
    private const int MaxPageSize = 2000; // Spring Data's default cap; a larger size is cut silently by the server.

    /// <inheritdoc />
    /// <remarks>
    /// <see cref="ClusterQuery.Scope"/> is an environment slug; null lists the whole organisation. Pages are
    /// 0-based; <c>size</c> is sent only when a page size is asked for; paging stops where the server says <c>last</c>.
    /// Filters, details, compute and order: <see cref="ListClustersAsync(AmeClusterQuery, CancellationToken)"/>.
    /// </remarks>
    public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
        ListClusters(new AmeClusterQuery { Environment = query?.Scope, PageSize = query?.PageSize }, "query.Scope", "query", cancellationToken);

    /// <summary>Lists clusters with AME's own filters and flags, one page at a time (0-based page numbers, stopping at <c>last</c>).</summary>
    /// <param name="query">The environment (null: the whole organisation), filters, flags, order and page size.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The clusters; each <see cref="ClusterInfo.Native"/> is an <see cref="AmeCluster"/>.</returns>
    /// <exception cref="InvalidRequestException">A member breaks a rule, or names a flag the chosen list does not take; nothing was sent.</exception>
    public virtual AsyncPageable<ClusterInfo> ListClustersAsync(AmeClusterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ListClusters(query, "query.Environment", "query", cancellationToken);
    }

    /// <inheritdoc />
    public override Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
        GetClusterAsync(clusterId, new AmeClusterReadOptions(), cancellationToken);

    /// <summary>Reads one cluster, with the API's optional details (<c>includeDetails</c>) and compute totals (<c>show-compute</c>).</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="options">What to fill in; members left null are not sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cluster; its <see cref="ClusterInfo.Native"/> is an <see cref="AmeCluster"/>.</returns>
    public virtual async Task<ClusterInfo> GetClusterAsync(string clusterId, AmeClusterReadOptions options, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        ArgumentNullException.ThrowIfNull(options);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var cluster = await Call(() => api.GetClusterAsync(_organisation, id.Environment, id.Cluster, options.ShowCompute, options.IncludeDetails, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(cluster, id.Environment));
    }

    /// <param name="query">What to list.</param>
    /// <param name="environmentField">How the caller named the environment, for messages.</param>
    /// <param name="queryField">How the caller named the query, for messages.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    private AsyncPageable<ClusterInfo> ListClusters(AmeClusterQuery query, string environmentField, string queryField, CancellationToken cancellationToken)
    {
        var environment = query.Environment;
        var validator = new RequestValidator().Range(queryField + ".PageSize", query.PageSize, 1, MaxPageSize);
        if (environment is not null)
        {
            validator.Required(environmentField, environment);
            AmeClusterId.CheckSlug(validator, environmentField, environment);
        }

        AmeRequestRules.CheckListFlags(validator, queryField, query);
        validator.ThrowIfInvalid();
        List<string>? sort = query.Sort is { Count: > 0 } order ? [.. order] : null;
        return PageNumberPaginator.Create<ClusterInfo>(_paging, async (page, pageSize, pageCancellation) =>
        {
            var size = pageSize ?? query.PageSize;
            new RequestValidator().Range("pageSize", size, 1, MaxPageSize).ThrowIfInvalid();
            var token = pageCancellation;
            using var capture = RequestIdCapture.Start();
            var api = Api;
            var response = await Call(() => environment is null
                ? api.ListOrganisationClustersAsync(_organisation, query.MaintenanceSchedule, query.IncludeDetails, page, size, sort, token)
                : api.ListEnvironmentClustersAsync(_organisation, environment, query.ShowCompute, query.IncludeDetails, page, size, sort, token)).ConfigureAwait(false);
            var content = ProviderCall.Require(ProviderName, response.Content, "content");
            var isLast = response.Last
                ?? (response.TotalPages is { } total && response.Number is { } number
                    ? number + 1 >= total
                    : throw ProviderCall.Malformed(ProviderName, 200, "The page lacks 'last' (and 'totalPages'/'number' to tell it)"));
            return new PageNumberPaginator.Result<ClusterInfo>(capture.StampAll<ClusterInfo>([.. content.Select(c => ToInfo(c, environment))]), isLast);
        }, cancellationToken);
    }
}
