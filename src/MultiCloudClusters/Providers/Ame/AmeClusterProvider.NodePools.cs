using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>Node pools: updated and deleted by integer id, joined by UUID identity.</summary>
public partial class AmeClusterProvider
{
    /// <summary>Every node pool of the cluster (AME answers with one plain list, not pages).</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<AmeNodePool>> ListNodePoolsAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var pools = await Call(() => api.ListNodePoolsAsync(_organisation, id.Environment, id.Cluster, cancellationToken)).ConfigureAwait(false);
        return capture.StampAll<AmeNodePool>([.. ProviderCall.Require(ProviderName, pools, "node pools").Select(p => AmeModels.ToModel(ProviderCall.Require(ProviderName, p, "node pools[]")))]);
    }

    /// <summary>Adds a node pool. Checked first: the name (<c>^[a-z0-9-]+$</c>, 1–25), a node size, and 0 ≤ MinSize ≤ MaxSize.</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="pool">The pool's settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>Sent once: a create is never retried.</remarks>
    /// <exception cref="InvalidRequestException">The pool breaks a rule; nothing was sent.</exception>
    public virtual async Task<AmeNodePool> CreateNodePoolAsync(string clusterId, AmeNodePoolRequest pool, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        var body = CheckedPool(pool, nodePoolId: null);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(AmeModels.ToModel(await Call(() => api.CreateNodePoolAsync(_organisation, id.Environment, id.Cluster, body, cancellationToken)).ConfigureAwait(false)));
    }

    /// <summary>Replaces a node pool's settings (PUT): give the whole pool, not only the changes. Checked like <see cref="CreateNodePoolAsync"/>.</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="nodePoolId">The pool's integer <c>id</c>.</param>
    /// <param name="pool">The pool's full settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidRequestException">The pool or its id breaks a rule; nothing was sent.</exception>
    public virtual async Task<AmeNodePool> UpdateNodePoolAsync(string clusterId, long nodePoolId, AmeNodePoolRequest pool, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        var body = CheckedPool(pool, nodePoolId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(AmeModels.ToModel(await Call(() => api.UpdateNodePoolAsync(_organisation, id.Environment, id.Cluster, nodePoolId, body, cancellationToken)).ConfigureAwait(false)));
    }

    /// <summary>Removes a node pool.</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="nodePoolId">The pool's integer <c>id</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task DeleteNodePoolAsync(string clusterId, long nodePoolId, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        var validator = new RequestValidator();
        AmeRequestRules.CheckNodePoolId(validator, nodePoolId);
        validator.ThrowIfInvalid();
        var api = Api;
        await Call(() => api.DeleteNodePoolAsync(_organisation, id.Environment, id.Cluster, nodePoolId, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>What a new node needs to join the pool (bring-your-own-node pools). The result hides its secrets from <c>ToString()</c>.</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="nodePoolIdentity">The pool's UUID <c>identity</c> (not its integer id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <remarks>A POST that may mint a new bootstrap token, so it is not retried after an unknown outcome.</remarks>
    public virtual async Task<AmeJoinConfig> GetNodePoolJoinConfigAsync(string clusterId, Guid nodePoolIdentity, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        if (nodePoolIdentity == Guid.Empty)
        {
            new RequestValidator().Fail("nodePoolIdentity", "must be the pool's UUID identity, not the empty UUID").ThrowIfInvalid();
        }

        using var capture = RequestIdCapture.Start();
        var api = Api;
        var config = await Call(() => api.GetNodePoolJoinConfigAsync(_organisation, id.Environment, id.Cluster, nodePoolIdentity, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(AmeModels.ToModel(config));
    }

    /// <summary>The pool as the generated body, after the pool rules (and the id rule, for a replace) held.</summary>
    private static Generated.NodePoolRequest CheckedPool(AmeNodePoolRequest? pool, long? nodePoolId)
    {
        var validator = new RequestValidator();
        if (nodePoolId is { } poolId)
        {
            AmeRequestRules.CheckNodePoolId(validator, poolId);
        }

        var body = pool is null ? null : AmeModels.ToGenerated(pool);
        AmeRequestRules.CheckNodePool(validator, "pool", body);
        validator.ThrowIfInvalid();
        return body!;
    }
}
