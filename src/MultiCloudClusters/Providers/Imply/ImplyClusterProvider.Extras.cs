using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Imply's own operations beyond <see cref="IClusterProvider"/>: overwrite, history and server replacement.</summary>
public partial class ImplyClusterProvider
{
    /// <summary>
    /// Replaces the whole configuration of a cluster (<c>PUT</c>). The full spec is checked first, including
    /// <c>spec.pivot.accessMode</c> (the server answers 500 without it) and a version; <c>status</c> is never sent.
    /// Typical use: take the <see cref="ImplyCluster"/> of a <see cref="GetClusterAsync(string, CancellationToken)"/> result
    /// (<see cref="ClusterInfo.Native"/>), change its <see cref="ImplyCluster.Spec"/>, send it.
    /// </summary>
    /// <param name="clusterId">The cluster's id (<c>metadata.uid</c>).</param>
    /// <param name="cluster">The complete cluster: <c>metadata.name</c> and the full spec; unknown members are sent as they are.</param>
    /// <param name="dryRun">Only validate on the server; nothing changes.</param>
    /// <param name="force">Allow hard (non-rolling) updates and prefer them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cluster with its new configuration (or as it would be, on a dry run).</returns>
    /// <exception cref="InvalidRequestException">The cluster breaks a rule; nothing was sent.</exception>
    /// <exception cref="CloudConflictException">The cluster is busy with another update (<c>StateConflict</c>).</exception>
    public virtual Task<ClusterInfo> OverwriteClusterAsync(string clusterId, ImplyCluster cluster, bool dryRun = false, bool force = false, CancellationToken cancellationToken = default) =>
        OverwriteClusterAsync(clusterId, cluster, new ImplyOverwriteOptions { DryRun = dryRun, Force = force }, cancellationToken);

    /// <summary>
    /// Replaces the whole configuration of a cluster (<c>PUT</c>), with every switch the API offers: checked and sent
    /// as <see cref="OverwriteClusterAsync(string, ImplyCluster, bool, bool, CancellationToken)"/> describes.
    /// </summary>
    /// <param name="clusterId">The cluster's id (<c>metadata.uid</c>).</param>
    /// <param name="cluster">The complete cluster: <c>metadata.name</c> and the full spec; unknown members are sent as they are.</param>
    /// <param name="options">The switches (<c>dryRun</c>, <c>force</c>, <c>pretty</c>); those left off are not sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cluster with its new configuration (or as it would be, on a dry run).</returns>
    /// <exception cref="InvalidRequestException">The cluster breaks a rule; nothing was sent.</exception>
    /// <exception cref="CloudConflictException">The cluster is busy with another update (<c>StateConflict</c>).</exception>
    public virtual async Task<ClusterInfo> OverwriteClusterAsync(string clusterId, ImplyCluster cluster, ImplyOverwriteOptions options, CancellationToken cancellationToken = default)
    {
        ValidateId(clusterId);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(options);
        var validator = new RequestValidator();
        validator.Required("cluster.Metadata", cluster.Metadata).Required("cluster.Spec", cluster.Spec);
        validator.Required("cluster.Metadata.Name", cluster.Metadata?.Name);
        if (cluster.Metadata?.Uid is { } uid && uid != clusterId)
        {
            validator.Fail("cluster.Metadata.Uid", $"must be the id being overwritten ('{clusterId}') or null (got '{uid}')");
        }

        var body = cluster is { Metadata: not null, Spec: not null } ? ImplyModels.ToGenerated(cluster) : null;
        if (body is not null)
        {
            ImplySpecRules.Check(validator, "cluster.Spec", body.Spec, full: true);
        }

        validator.ThrowIfInvalid();
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(ToInfo(await Call(() => api.OverwriteClusterAsync(body!, clusterId, Flag(options.DryRun), Flag(options.Force), Flag(options.Pretty), cancellationToken)).ConfigureAwait(false)));
    }

    /// <summary>Gets the cluster as it was at configuration version <paramref name="resourceVersion"/> (see <see cref="ImplyClusterStatus.ResourceVersion"/>).</summary>
    /// <param name="clusterId">The cluster's id.</param>
    /// <param name="resourceVersion">The configuration version, 0 or more.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The past configuration; <see cref="ClusterInfo.Native"/> holds the whole <see cref="ImplyCluster"/>.</returns>
    /// <exception cref="InvalidRequestException">An argument breaks a rule; nothing was sent.</exception>
    public virtual async Task<ClusterInfo> GetClusterVersionAsync(string clusterId, long resourceVersion, CancellationToken cancellationToken = default)
    {
        new RequestValidator().PathSegment("clusterId", clusterId).Range("resourceVersion", resourceVersion, 0, long.MaxValue).ThrowIfInvalid();
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(ToInfo(await Call(() => api.GetClusterVersionAsync(clusterId, resourceVersion, cancellationToken)).ConfigureAwait(false)));
    }

    /// <summary>Replaces one server: the instance is terminated and the cluster starts a new one in its place.</summary>
    /// <param name="clusterId">The cluster's id.</param>
    /// <param name="instanceId">The server's instance id, as in <see cref="ImplyServer.InstanceId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidRequestException">An argument breaks a rule; nothing was sent.</exception>
    public virtual async Task ReplaceServerAsync(string clusterId, string instanceId, CancellationToken cancellationToken = default)
    {
        new RequestValidator().PathSegment("clusterId", clusterId).PathSegment("instanceId", instanceId).ThrowIfInvalid();
        var api = Api;
        await ProviderCall.RunAsync(ProviderName, () => api.ReplaceServerAsync(clusterId, instanceId, cancellationToken)).ConfigureAwait(false);
    }
}
