using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>What a project sees of its cloud account: quotas, snapshots, public IPs and Nets.</summary>
public partial class OksClusterProvider
{
    /// <summary>The cloud quotas and subregions the project sees.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksProjectQuotas> GetProjectQuotasAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetProjectQuotasAsync(projectId, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(OksModels.ToModel(ProviderCall.Require(ProviderName, response.Project, "Project")));
    }

    /// <summary>The volume snapshots of the project (the API sends them in one answer).</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<OksSnapshot>> ListProjectSnapshotsAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetProjectSnapshotsAsync(projectId, cancellationToken)).ConfigureAwait(false);
        return capture.StampAll(OksModels.All(ProviderCall.Require(ProviderName, response.Snapshots, "Snapshots"), OksModels.ToModel));
    }

    /// <summary>The public IPs allocated to the project (the API sends them in one answer).</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<OksPublicIp>> ListProjectPublicIpsAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetProjectPublicIpsAsync(projectId, cancellationToken)).ConfigureAwait(false);
        return capture.StampAll(OksModels.All(ProviderCall.Require(ProviderName, response.PublicIps, "PublicIps"), OksModels.ToModel));
    }

    /// <summary>The Nets (virtual networks) of the project (the API sends them in one answer).</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<OksNet>> ListProjectNetsAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(projectId), projectId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetProjectNetsAsync(projectId, cancellationToken)).ConfigureAwait(false);
        return capture.StampAll(OksModels.All(ProviderCall.Require(ProviderName, response.Nets, "Nets"), OksModels.ToModel));
    }
}
