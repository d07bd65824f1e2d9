using MultiCloudClusters.Clusters;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Reading clusters: the unified list and get, and their forms with Imply's optional switches.</summary>
public partial class ImplyClusterProvider
{
    /// <inheritdoc />
    /// <remarks>Imply returns every cluster in one answer: one page without a continuation token. Scope and page size do not apply.</remarks>
    public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
        ListClustersAsync(new ImplyReadOptions(), cancellationToken);

    /// <summary>Lists every cluster (one answer, one page), with Imply's optional switches.</summary>
    /// <param name="options">The switches; those left off are not sent.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The clusters; each <see cref="ClusterInfo.Native"/> is an <see cref="ImplyCluster"/>.</returns>
    public virtual AsyncPageable<ClusterInfo> ListClustersAsync(ImplyReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pretty = Flag(options.Pretty);
        return AsyncPageable<ClusterInfo>.Create("single page", _paging, async (request, ct) =>
        {
            if (request.ContinuationToken is not null)
            {
                throw new PagingException(ProviderName, "single page", "Imply lists every cluster in one answer, so there is no later page to resume from.");
            }

            using var capture = RequestIdCapture.Start();
            var api = Api;
            var clusters = await Call(() => api.ListClustersAsync(pretty, ct)).ConfigureAwait(false);
            return new Page<ClusterInfo>(capture.StampAll<ClusterInfo>([.. ProviderCall.Require(ProviderName, clusters, "clusters").Select(c => ToInfo(ProviderCall.Require(ProviderName, c, "clusters[]")))]), null);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<ClusterInfo> GetClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
        GetClusterAsync(clusterId, new ImplyReadOptions(), cancellationToken);

    /// <summary>Reads one cluster, with Imply's optional switches.</summary>
    /// <param name="clusterId">The cluster's id (<c>metadata.uid</c>).</param>
    /// <param name="options">The switches; those left off are not sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cluster; its <see cref="ClusterInfo.Native"/> is an <see cref="ImplyCluster"/>.</returns>
    public virtual async Task<ClusterInfo> GetClusterAsync(string clusterId, ImplyReadOptions options, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        ArgumentNullException.ThrowIfNull(options);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(ToInfo(await Call(() => api.GetClusterAsync(clusterId, Flag(options.Pretty), cancellationToken)).ConfigureAwait(false)));
    }
}
