using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The templates: filled-in project and cluster requests, and Kubernetes objects to apply inside a cluster.</summary>
public partial class OksClusterProvider
{
    /// <summary>A project creation request filled with the provider's defaults: set its name and give it to <see cref="CreateProjectAsync"/>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksProjectCreateRequest> GetProjectTemplateAsync(CancellationToken cancellationToken = default)
    {
        var api = Api;
        var response = await Call(() => api.GetProjectTemplateAsync(cancellationToken)).ConfigureAwait(false);
        return OksModels.ToModel(ProviderCall.Require(ProviderName, response.Template, "Template"));
    }

    /// <summary>The provider's cluster defaults (its <see cref="OksClusterTemplate.Version"/> is the default Kubernetes version); the admin whitelist is built from the caller's IP.</summary>
    /// <param name="clientIp">An address to build the whitelist from instead of the connection's source (sent as <c>X-Real-IP</c>), or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksClusterTemplate> GetClusterTemplateAsync(string? clientIp = null, CancellationToken cancellationToken = default)
    {
        var validator = new RequestValidator();
        ValidateIp(validator, nameof(clientIp), clientIp);
        validator.ThrowIfInvalid();
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetClusterTemplateAsync(clientIp, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(OksModels.ToModel(ProviderCall.Require(ProviderName, response.Template, "Template")));
    }

    /// <summary>An example <c>Nodepool</c> object: OKS node pools are applied inside the cluster, not through its API.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksNodePool> GetNodePoolTemplateAsync(CancellationToken cancellationToken = default)
    {
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetNodepoolTemplateAsync(cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(OksModels.ToModel(ProviderCall.Require(ProviderName, response.Template, "Template")));
    }

    /// <summary>An example <c>NetPeeringRequest</c> object, to apply inside a cluster.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksNetPeeringRequest> GetNetPeeringRequestTemplateAsync(CancellationToken cancellationToken = default)
    {
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetNetPeeringRequestTemplateAsync(cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(OksModels.ToModel(ProviderCall.Require(ProviderName, response.Template, "Template")));
    }

    /// <summary>An example <c>NetPeeringAcceptance</c> object, to apply inside a cluster.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksNetPeeringAcceptance> GetNetPeeringAcceptanceTemplateAsync(CancellationToken cancellationToken = default)
    {
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetNetPeeringAcceptanceTemplateAsync(cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(OksModels.ToModel(ProviderCall.Require(ProviderName, response.Template, "Template")));
    }
}
