using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>An AME Kubernetes cluster as the API describes it; the <see cref="Clusters.ClusterInfo.Native"/> of every AME cluster.</summary>
public sealed class AmeCluster : ProviderResult
{
    /// <summary>The cluster's identity (<c>identity</c>).</summary>
    public Guid? Identity { get; init; }

    /// <summary>Its name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Its slug, used in paths and in the unified id <c>{environment}/{slug}</c> (<c>slug</c>).</summary>
    public string? Slug { get; init; }

    /// <summary>Its description (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The owning organisation's identity (<c>customerIdentity</c>).</summary>
    public Guid? CustomerIdentity { get; init; }

    /// <summary>The owning organisation's slug (<c>customerSlug</c>).</summary>
    public string? CustomerSlug { get; init; }

    /// <summary>The environment's identity (<c>environmentIdentity</c>).</summary>
    public Guid? EnvironmentIdentity { get; init; }

    /// <summary>The environment's slug (<c>environmentSlug</c>).</summary>
    public string? EnvironmentSlug { get; init; }

    /// <summary>The cloud provider key, e.g. <c>aws</c>, <c>azure</c>, <c>hetzner</c>, <c>byon</c> (<c>cloudProvider</c>).</summary>
    public string? CloudProvider { get; init; }

    /// <summary>The cloud account it runs on (<c>cloudAccount</c>).</summary>
    public AmeCloudAccountReference? CloudAccount { get; init; }

    /// <summary>The credentials it uses (<c>cloudCredentials</c>).</summary>
    public AmeCloudCredentialsReference? CloudCredentials { get; init; }

    /// <summary>The region (<c>region</c>).</summary>
    public string? Region { get; init; }

    /// <summary>The Kubernetes/AME version it runs (<c>version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>The update channel it follows (<c>updateChannel</c>).</summary>
    public AmeUpdateChannel? UpdateChannel { get; init; }

    /// <summary>The current status, e.g. <c>running</c> or <c>stopped</c> (<c>status</c>; not a closed list).</summary>
    public string? Status { get; init; }

    /// <summary>The status it is heading to (<c>desiredStatus</c>).</summary>
    public string? DesiredStatus { get; init; }

    /// <summary>Progress of the first provisioning, e.g. <c>DONE</c> (<c>provisionStatus</c>).</summary>
    public string? ProvisionStatus { get; init; }

    /// <summary>What the platform last observed (<c>actualState</c>; given when details are asked for).</summary>
    public AmeActualClusterState? ActualState { get; init; }

    /// <summary>The network plugin: <c>custom</c>, <c>cilium</c> or <c>calico</c> (<c>cni</c>).</summary>
    public string? Cni { get; init; }

    /// <summary>The default pod security profile (<c>podSecurityStandardsProfile</c>).</summary>
    public string? PodSecurityStandardsProfile { get; init; }

    /// <summary>The pod network (<c>clusterPodSubnet</c>).</summary>
    public string? ClusterPodSubnet { get; init; }

    /// <summary>The service network (<c>serviceSubnet</c>).</summary>
    public string? ServiceSubnet { get; init; }

    /// <summary>Whether it follows new versions of its channel by itself (<c>autoUpgrade</c>).</summary>
    public bool? AutoUpgrade { get; init; }

    /// <summary>Whether its control plane is highly available (<c>highlyAvailable</c>).</summary>
    public bool? HighlyAvailable { get; init; }

    /// <summary>Whether nodes spread over availability zones (<c>enableMultiAvailabilityZones</c>).</summary>
    public bool? EnableMultiAvailabilityZones { get; init; }

    /// <summary>Whether outgoing traffic goes through a NAT gateway (<c>enableNATGateway</c>).</summary>
    public bool? EnableNATGateway { get; init; }

    /// <summary>Whether pod-to-pod traffic is encrypted (<c>enableNetworkEncryption</c>).</summary>
    public bool? EnableNetworkEncryption { get; init; }

    /// <summary>Whether sign-in goes through AME's OIDC (<c>ameOIDC</c>).</summary>
    public bool? AmeOidc { get; init; }

    /// <summary>Whether deleting is refused (<c>deleteProtection</c>).</summary>
    public bool? DeleteProtection { get; init; }

    /// <summary>Whether it takes over its environment's Prometheus rules (<c>environmentPrometheusRules</c>).</summary>
    public bool? EnvironmentPrometheusRules { get; init; }

    /// <summary>Summed CPU (<c>cpu</c>; given when compute is asked for).</summary>
    public long? Cpu { get; init; }

    /// <summary>Summed memory (<c>memory</c>; given when compute is asked for).</summary>
    public long? Memory { get; init; }

    /// <summary>The pool id the server reports (<c>poolID</c>).</summary>
    public long? PoolId { get; init; }

    /// <summary>The pool name the server reports (<c>poolName</c>).</summary>
    public string? PoolName { get; init; }

    /// <summary>Source ranges allowed to reach the API server (<c>ipWhitelist</c>, read in either form AME answers with; empty when none).</summary>
    public IReadOnlyList<AmeIpWhitelistEntry> IpWhitelist { get; init; } = [];

    /// <summary>The old pod security switch (<c>enablePodSecurityStandards</c>).</summary>
    public bool? EnablePodSecurityStandards { get; init; }

    /// <summary>Cluster autoscaler tuning (<c>clusterAutoscalerSettings</c>).</summary>
    public AmeAutoscalerSettings? ClusterAutoscalerSettings { get; init; }

    /// <summary>The cluster it follows for upgrades (<c>upstreamCluster</c>).</summary>
    public AmeUpstreamCluster? UpstreamCluster { get; init; }

    /// <summary>Add-ons by name (<c>addons</c>; empty when none).</summary>
    public IReadOnlyDictionary<string, AmeAddon> Addons { get; init; } = ReadOnlyDictionary<string, AmeAddon>.Empty;

    /// <summary>The maintenance schedule it follows (<c>maintenanceSchedule</c>).</summary>
    public AmeMaintenanceSchedule? MaintenanceSchedule { get; init; }

    /// <summary>Its observability tenant (<c>observabilityTenant</c>).</summary>
    public AmeObservabilityTenant? ObservabilityTenant { get; init; }

    /// <summary>When it was created (<c>createdAt</c>).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed (<c>modifiedAt</c>).</summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>When it was deleted (<c>deletedAt</c>).</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"AmeCluster({EnvironmentSlug ?? "?"}/{Slug ?? "?"}, {Status ?? "no status"}, version {Version ?? "?"})";
}
