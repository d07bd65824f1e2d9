using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>What the account may use: Kubernetes versions, control planes, admission plugins, quotas, and the caller's IP.</summary>
public partial class OksClusterProvider
{
    /// <summary>The Kubernetes versions a cluster can be created with or upgraded to.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<string>> GetKubernetesVersionsAsync(CancellationToken cancellationToken = default)
    {
        var api = Api;
        var response = await Call(() => api.GetKubernetesVersionsAsync(cancellationToken)).ConfigureAwait(false);
        return OksModels.Strings(ProviderCall.Require(ProviderName, response.Versions, "Versions"));
    }

    /// <summary>The subregions that can host control planes (<see cref="OksClusterOptions.CpSubregions"/>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<string>> GetControlPlaneSubregionsAsync(CancellationToken cancellationToken = default)
    {
        var api = Api;
        var response = await Call(() => api.GetCPSubregionsAsync(cancellationToken)).ConfigureAwait(false);
        return OksModels.Strings(ProviderCall.Require(ProviderName, response.CPSubregions, "CPSubregions"));
    }

    /// <summary>The control plane plans (<see cref="OksClusterOptions.ControlPlanes"/>), e.g. <c>cp.3.masters.small</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<string>> GetControlPlanePlansAsync(CancellationToken cancellationToken = default)
    {
        var api = Api;
        var response = await Call(() => api.GetControlPlanePlansAsync(cancellationToken)).ConfigureAwait(false);
        return OksModels.Strings(ProviderCall.Require(ProviderName, response.ControlPlanes, "ControlPlanes"));
    }

    /// <summary>Which admission plugins a Kubernetes version can turn on or off, and its default set.</summary>
    /// <param name="version">The Kubernetes version, e.g. <c>1.31</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksAdmissionPlugins> GetAdmissionPluginsAsync(string version, CancellationToken cancellationToken = default)
    {
        new RequestValidator().Required(nameof(version), version).Matches(nameof(version), version, VersionPattern(), "major.minor, e.g. 1.31").ThrowIfInvalid();
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetAdmissionPluginsAsync(version, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(OksModels.ToModel(ProviderCall.Require(ProviderName, response.AdmissionPlugins, "AdmissionPlugins")));
    }

    /// <summary>The OKS limits of the account: projects, clusters per project, allowed versions and subregions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OksQuotas> GetQuotasAsync(CancellationToken cancellationToken = default)
    {
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.GetQuotasAsync(cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(OksModels.ToModel(ProviderCall.Require(ProviderName, response.Quotas, "Quotas")));
    }

    /// <summary>The IP address OKS sees the caller's requests come from (e.g. for <see cref="OksClusterOptions.AdminWhitelist"/>).</summary>
    /// <param name="clientIp">An address to report instead of the connection's source (sent as <c>X-Real-IP</c>), or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The address, or null when the service did not say.</returns>
    public virtual async Task<string?> GetClientIpAsync(string? clientIp = null, CancellationToken cancellationToken = default)
    {
        var validator = new RequestValidator();
        ValidateIp(validator, nameof(clientIp), clientIp);
        validator.ThrowIfInvalid();
        var api = Api;
        var response = await Call(() => api.GetClientIPAsync(clientIp, cancellationToken)).ConfigureAwait(false);
        return ProviderCall.Require(ProviderName, response.IP, "IP").X_real_ip;
    }
}
