using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The unified cluster operations.</summary>
public partial class AmeClusterProvider
{
    /// <inheritdoc />
    /// <remarks>
    /// Needs <see cref="AmeClusterOptions"/> with <see cref="AmeClusterOptions.Environment"/> and
    /// <see cref="AmeClusterOptions.CloudAccountIdentity"/>, plus a region and a version. Sent once: a create is never retried.
    /// </remarks>
    public override async Task<ClusterInfo> CreateClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<AmeClusterOptions>(request.Options, "request.Options");
        var validator = new RequestValidator();
        if (options is null)
        {
            validator.Fail("request.Options", "must be AmeClusterOptions with Environment and CloudAccountIdentity");
        }

        validator.Required("request.Options.Environment", options?.Environment);
        AmeClusterId.CheckSlug(validator, "request.Options.Environment", options?.Environment);
        if (options?.CloudAccountIdentity is null || options.CloudAccountIdentity == Guid.Empty)
        {
            validator.Fail("request.Options.CloudAccountIdentity", "is required (the cloud account the cluster runs on)");
        }

        RefuseTags(validator, request.Tags);
        if (options is not null && (options.CloudCredentialsIdentity is not null || options.DeleteProtection is not null || options.EnableNetworkProxy is not null))
        {
            validator.Fail("request.Options", "CloudCredentialsIdentity, DeleteProtection and EnableNetworkProxy can only be set by an update on AME");
        }

        var body = new Generated.ClusterCreateRequest
        {
            Name = request.Name,
            EnvironmentId = options?.EnvironmentId,
            Description = options?.Description,
            CloudAccountIdentity = options?.CloudAccountIdentity ?? Guid.Empty,
            Region = request.Region!,
            Version = request.Version!,
            UpdateChannel = options?.UpdateChannel,
            Cni = options?.Cni,
            PodSecurityStandardsProfile = options?.PodSecurityStandardsProfile,
            EnablePodSecurityStandards = options?.EnablePodSecurityStandards,
            EnableAutoUpgrade = options?.EnableAutoUpgrade,
            EnableHighAvailability = options?.EnableHighAvailability,
            EnableMultiAvailabilityZones = options?.EnableMultiAvailabilityZones,
            EnableNATGateway = options?.EnableNATGateway,
            EnableNetworkEncryption = options?.EnableNetworkEncryption,
            ClusterPodSubnet = options?.ClusterPodSubnet,
            ServiceSubnet = options?.ServiceSubnet,
            MaintenanceScheduleIdentity = options?.MaintenanceScheduleIdentity,
            IpWhitelist = AmeModels.ToGenerated(options?.IpWhitelist),
            Addons = AmeModels.ToGenerated(options?.Addons),
            NodePools = [.. (options?.NodePools ?? []).Select(p => p is null ? null! : AmeModels.ToGenerated(p))],
            ClusterAutoscalerSettings = AmeModels.ToGenerated(options?.ClusterAutoscalerSettings),
            UpstreamCluster = UpstreamOf(options),
        };
        AddMembers(validator, body, Generated.AmeJsonContext.Default.ClusterCreateRequest, options?.AdditionalProperties);

        validator.Required("request.Name", body.Name)
            .Required("request.Region", body.Region)
            .Required("request.Version", body.Version);
        AmeRequestRules.CheckCidr(validator, "request.Options.ClusterPodSubnet", body.ClusterPodSubnet);
        AmeRequestRules.CheckCidr(validator, "request.Options.ServiceSubnet", body.ServiceSubnet);
        AmeRequestRules.CheckWhitelist(validator, "request.Options.IpWhitelist", body.IpWhitelist);
        for (var i = 0; i < body.NodePools.Count; i++)
        {
            AmeRequestRules.CheckNodePool(validator, $"request.Options.NodePools[{i}]", body.NodePools[i]);
        }

        validator.ThrowIfInvalid();
        var environment = options!.Environment!;
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var cluster = await Call(() => api.CreateClusterAsync(_organisation, environment, body, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(cluster, environment));
    }

    /// <inheritdoc />
    /// <remarks>Sends a PATCH with only the members set in <see cref="AmeClusterOptions"/>; create-only members are refused.</remarks>
    public override async Task<ClusterInfo> UpdateClusterAsync(string clusterId, ClusterUpdateRequest request, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        ArgumentNullException.ThrowIfNull(request);
        var options = OptionsOf<AmeClusterOptions>(request.Options, "request.Options");
        var validator = new RequestValidator();
        RefuseTags(validator, request.Tags);
        if (request.Description is not null || options?.Description is not null)
        {
            validator.Fail("request.Description", "cannot be changed on AME after creation");
        }

        if (options?.Environment is not null)
        {
            validator.Fail("request.Options.Environment", "cannot be changed by an update; use MoveClusterAsync");
        }

        if (options is not null && (options.CloudAccountIdentity is not null || options.EnvironmentId is not null || options.EnableMultiAvailabilityZones is not null || options.EnableNATGateway is not null
            || options.ClusterPodSubnet is not null || options.ServiceSubnet is not null || options.NodePools is not null))
        {
            validator.Fail("request.Options", "CloudAccountIdentity, EnvironmentId, EnableMultiAvailabilityZones, EnableNATGateway, ClusterPodSubnet, ServiceSubnet and NodePools are fixed at creation on AME (node pools have their own methods)");
        }

        var body = new Generated.ClusterUpdateRequest
        {
            UpdateChannel = options?.UpdateChannel,
            Cni = options?.Cni,
            PodSecurityStandardsProfile = options?.PodSecurityStandardsProfile,
            EnableAutoUpgrade = options?.EnableAutoUpgrade,
            EnableHighAvailability = options?.EnableHighAvailability,
            EnableNetworkEncryption = options?.EnableNetworkEncryption,
            DeleteProtection = options?.DeleteProtection,
            CloudCredentialsIdentity = options?.CloudCredentialsIdentity,
            MaintenanceScheduleIdentity = options?.MaintenanceScheduleIdentity,
            IpWhitelist = AmeModels.ToGenerated(options?.IpWhitelist),
            Addons = AmeModels.ToGenerated(options?.Addons),
            EnableNetworkProxy = options?.EnableNetworkProxy,
            EnablePodSecurityStandards = options?.EnablePodSecurityStandards,
            ClusterAutoscalerSettings = AmeModels.ToGenerated(options?.ClusterAutoscalerSettings),
            UpstreamCluster = UpstreamOf(options),
        };
        AddMembers(validator, body, Generated.AmeJsonContext.Default.ClusterUpdateRequest, options?.AdditionalProperties);

        if (validator.IsValid && IsEmpty(body))
        {
            validator.Fail("request", "changes nothing: set at least one member of AmeClusterOptions");
        }

        AmeRequestRules.CheckWhitelist(validator, "request.Options.IpWhitelist", body.IpWhitelist);
        validator.ThrowIfInvalid();
        return await PatchAsync(id, body, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>AME has no HTTP DELETE for clusters: this sends <c>PATCH {"status":"deleting"}</c>.</remarks>
    public override async Task DeleteClusterAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        await PatchAsync(id, new Generated.ClusterUpdateRequest { Status = "deleting" }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Sends <c>PATCH {"status":"starting"}</c>.</remarks>
    public override Task<ClusterInfo> StartClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
        PatchAsync(ParseId(clusterId), new Generated.ClusterUpdateRequest { Status = "starting" }, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Sends <c>PATCH {"status":"stopping"}</c>.</remarks>
    public override Task<ClusterInfo> StopClusterAsync(string clusterId, CancellationToken cancellationToken = default) =>
        PatchAsync(ParseId(clusterId), new Generated.ClusterUpdateRequest { Status = "stopping" }, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Sends <c>PATCH {"version": …}</c> with the full AME version, e.g. <c>v1.30.1-u-ame.1</c>.</remarks>
    public override Task<ClusterInfo> UpgradeClusterAsync(string clusterId, string version, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        new RequestValidator().Required("version", version).ThrowIfInvalid();
        return PatchAsync(id, new Generated.ClusterUpdateRequest { Version = version.Trim() }, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// AME has no kubeconfig endpoint. This builds one from the cluster's OIDC config: the API server and CA, and a
    /// user whose token comes from the <c>kubectl oidc-login</c> exec plugin (it must be installed; nothing runs here).
    /// The content may hold the OIDC client secret. <see cref="KubeconfigRequest"/>'s members do not apply.
    /// </remarks>
    public override async Task<Kubeconfig> GetKubeconfigAsync(string clusterId, KubeconfigRequest? request = null, CancellationToken cancellationToken = default)
    {
        var id = ParseId(clusterId);
        var oidc = await GetOidcConfigAsync(clusterId, cancellationToken).ConfigureAwait(false);
        return new Kubeconfig(id.ToString(), AmeKubeconfigBuilder.Build(_organisation, id, oidc), wasEncryptedInTransit: false) { RequestId = oidc.RequestId };
    }

    private async Task<ClusterInfo> PatchAsync(AmeClusterId id, Generated.ClusterUpdateRequest body, CancellationToken cancellationToken)
    {
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var cluster = await Call(() => api.UpdateClusterAsync(_organisation, id.Environment, id.Cluster, body, cancellationToken)).ConfigureAwait(false);
        return capture.Stamp(ToInfo(cluster, id.Environment));
    }

    private static void RefuseTags(RequestValidator validator, IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is { Count: > 0 })
        {
            validator.Fail("request.Tags", "are not supported: AME clusters have no tags or labels");
        }
    }

    /// <summary>Puts the caller's extra members into <paramref name="body"/>, after refusing those the body declares.</summary>
    private static void AddMembers<TBody>(RequestValidator validator, TBody body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TBody> bodyType, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? members)
        where TBody : IGeneratedModel
    {
        GeneratedMembers.RefuseDeclared(validator, "request.Options.AdditionalProperties", bodyType, members?.Keys);
        body.AdditionalProperties = AdditionalMembers.Write(members);
    }

    private static Generated.UpstreamClusterRequest? UpstreamOf(AmeClusterOptions? options) =>
        options?.UpstreamClusterIdentity is { } identity ? new Generated.UpstreamClusterRequest { Identity = identity } : null;

    private static bool IsEmpty(Generated.ClusterUpdateRequest body) =>
        body is { Status: null, Version: null, UpdateChannel: null, Cni: null, PodSecurityStandardsProfile: null, EnableAutoUpgrade: null, EnableHighAvailability: null,
            EnableNetworkEncryption: null, EnableNetworkProxy: null, EnablePodSecurityStandards: null, DeleteProtection: null, EnvironmentSlug: null,
            CloudCredentialsIdentity: null, MaintenanceScheduleIdentity: null, IpWhitelist: null, Addons: null, ClusterAutoscalerSettings: null, UpstreamCluster: null }
        && body.AdditionalProperties is not { Count: > 0 };
}
