using MultiCloudClusters.Clusters;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// AME-specific settings of a cluster create or update request. Members marked "create only" are refused on
/// update; members left null are not sent.
/// </summary>
public sealed class AmeClusterOptions : ProviderClusterOptions
{
    /// <inheritdoc />
    public override string Provider => AmeClusterProvider.ProviderName;

    /// <summary>The slug of the environment the cluster is created in (create only, required there).</summary>
    public string? Environment { get; init; }

    /// <summary>The id of the environment, sent beside its slug as the official Go client does (<c>environmentId</c>; create only, optional).</summary>
    public string? EnvironmentId { get; init; }

    /// <summary>The cloud account the cluster runs on (create only, required there).</summary>
    public Guid? CloudAccountIdentity { get; init; }

    /// <summary>Other credentials of the cloud account to use from now on (update only).</summary>
    public Guid? CloudCredentialsIdentity { get; init; }

    /// <summary>A description (create only).</summary>
    public string? Description { get; init; }

    /// <summary>The update channel, e.g. <c>v1.29</c>.</summary>
    public string? UpdateChannel { get; init; }

    /// <summary>The network plugin: <c>custom</c>, <c>cilium</c> or <c>calico</c>.</summary>
    public string? Cni { get; init; }

    /// <summary>The default pod security profile: <c>privileged</c>, <c>baseline</c> or <c>restricted</c>.</summary>
    public string? PodSecurityStandardsProfile { get; init; }

    /// <summary>Whether the cluster follows new versions of its update channel by itself.</summary>
    public bool? EnableAutoUpgrade { get; init; }

    /// <summary>The old pod security switch; <see cref="PodSecurityStandardsProfile"/> replaces it (<c>enablePodSecurityStandards</c>).</summary>
    public bool? EnablePodSecurityStandards { get; init; }

    /// <summary>A highly available control plane.</summary>
    public bool? EnableHighAvailability { get; init; }

    /// <summary>Encrypted pod-to-pod traffic.</summary>
    public bool? EnableNetworkEncryption { get; init; }

    /// <summary>Spreads nodes over availability zones (create only).</summary>
    public bool? EnableMultiAvailabilityZones { get; init; }

    /// <summary>A NAT gateway for outgoing traffic (create only).</summary>
    public bool? EnableNATGateway { get; init; }

    /// <summary>The pod network as a CIDR block (create only).</summary>
    public string? ClusterPodSubnet { get; init; }

    /// <summary>The service network as a CIDR block (create only).</summary>
    public string? ServiceSubnet { get; init; }

    /// <summary>Whether deleting is refused until this is turned off (update only).</summary>
    public bool? DeleteProtection { get; init; }

    /// <summary>The maintenance schedule the cluster follows.</summary>
    public Guid? MaintenanceScheduleIdentity { get; init; }

    /// <summary>Source ranges allowed to reach the API server (replaces the whole list); each needs a CIDR and a description.</summary>
    public IReadOnlyList<AmeIpWhitelistEntry>? IpWhitelist { get; init; }

    /// <summary>Routes the cluster's outgoing traffic through the platform's network proxy (update only).</summary>
    public bool? EnableNetworkProxy { get; init; }

    /// <summary>Cluster autoscaler tuning.</summary>
    public AmeAutoscalerSettings? ClusterAutoscalerSettings { get; init; }

    /// <summary>The identity of the cluster this one follows for upgrades (sent as <c>upstreamCluster.identity</c>).</summary>
    public string? UpstreamClusterIdentity { get; init; }

    /// <summary>Add-on settings by add-on name.</summary>
    public IReadOnlyDictionary<string, AmeAddon>? Addons { get; init; }

    /// <summary>The node pools created with the cluster (create only); each is checked like <see cref="AmeClusterProvider.CreateNodePoolAsync"/>.</summary>
    public IReadOnlyList<AmeNodePoolRequest>? NodePools { get; init; }

    /// <summary>
    /// Members of the API's create or update body that this type does not name (e.g. one newer than this library),
    /// sent as they are. A member the body already describes is refused: set it through its property, or through
    /// <see cref="AmeClusterProvider.StartClusterAsync"/>, <see cref="AmeClusterProvider.StopClusterAsync"/>,
    /// <see cref="AmeClusterProvider.DeleteClusterAsync"/>, <see cref="AmeClusterProvider.UpgradeClusterAsync"/> and
    /// <see cref="AmeClusterProvider.MoveClusterAsync"/>.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
