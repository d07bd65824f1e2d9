using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>AME operations beyond <see cref="Clusters.IClusterProvider"/>: join and OIDC configs, moves, Prometheus rules.</summary>
public partial class AmeClusterProvider
{
    /// <summary>What a new node needs to join the cluster. The result hides its secrets from <c>ToString()</c>.</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<AmeJoinConfig> GetJoinConfigAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var config = await Call(() => api.GetClusterJoinConfigAsync(_organisation, id.Environment, id.Cluster, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(AmeModels.ToModel(config));
    }

    /// <summary>The OIDC settings to sign in to the cluster. The result hides the client secret from <c>ToString()</c>.</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<AmeOidcConfig> GetOidcConfigAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var config = await Call(() => api.GetClusterOidcConfigAsync(_organisation, id.Environment, id.Cluster, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(AmeModels.ToModel(config));
    }

    /// <summary>Moves the cluster to another environment of the organisation.</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="targetEnvironment">The slug of the environment to move to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cluster's new id, <c>{targetEnvironment}/{cluster}</c>.</returns>
    /// <remarks>The move's path is not publicly confirmed (an <c>x-assumption</c> of the spec). Sent once: it is not retried.</remarks>
    public virtual async Task<string> MoveClusterAsync(string clusterId, string targetEnvironment, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        var validator = new RequestValidator()
            .Required("targetEnvironment", targetEnvironment)
            .Length("targetEnvironment", targetEnvironment, 1, 100);
        AmeClusterId.CheckSlug(validator, "targetEnvironment", targetEnvironment);
        if (string.Equals(targetEnvironment, id.Environment, StringComparison.Ordinal))
        {
            validator.Fail("targetEnvironment", $"must differ from the cluster's environment '{id.Environment}'");
        }

        validator.ThrowIfInvalid();
        var body = new Generated.ClusterMoveRequest { CurrentEnvironment = id.Environment, NewEnvironment = targetEnvironment };
        var api = Api;
        await Call(() => api.MoveClusterAsync(_organisation, id.Cluster, body, cancellationToken)).ConfigureAwait(false);
        return new AmeClusterId(targetEnvironment, id.Cluster).ToString();
    }

    /// <summary>Turns on or off whether the cluster takes over its environment's Prometheus rules.</summary>
    /// <param name="clusterId">The cluster, <c>{environment}/{cluster}</c>.</param>
    /// <param name="inherit">True to take them over.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's confirmation.</returns>
    /// <remarks>The switch lands in the same state however often it is sent, so it is retried like a read.</remarks>
    public virtual async Task<AmePrometheusRulesInheritanceResult> SetPrometheusRulesInheritanceAsync(string clusterId, bool inherit, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        var body = new Generated.PrometheusRulesInheritanceRequest { EnvironmentPrometheusRules = inherit };
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(AmeModels.ToModel(await Call(() => api.UpdatePrometheusRulesInheritanceAsync(_organisation, id.Environment, id.Cluster, body, cancellationToken)).ConfigureAwait(false)));
    }
}
