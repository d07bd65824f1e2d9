using System.Text.Json;
using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// OKS-specific settings of a cluster create or update request: every member of the API's create and update
/// bodies. Members left null are not sent (on create the server's default applies, on update the value stays).
/// Some are fixed at creation and refused on update, as noted.
/// </summary>
public sealed class OksClusterOptions : ProviderClusterOptions
{
    /// <inheritdoc />
    public override string Provider => OksClusterProvider.ProviderName;

    /// <summary>The project the cluster belongs to (required to create; fixed at creation).</summary>
    public string? ProjectId { get; init; }

    /// <summary>The control plane plan, e.g. <c>cp.mono.master</c> (create default) or <c>cp.3.masters.small</c>.</summary>
    public string? ControlPlanes { get; init; }

    /// <summary>CIDR blocks allowed to reach the Kubernetes API (at least one to create).</summary>
    public IReadOnlyList<string>? AdminWhitelist { get; init; }

    /// <summary>The pod network (create default <c>10.91.0.0/16</c>; fixed at creation).</summary>
    public string? CidrPods { get; init; }

    /// <summary>The service network (create default <c>10.92.0.0/16</c>; fixed at creation).</summary>
    public string? CidrService { get; init; }

    /// <summary>The cluster DNS address inside <see cref="CidrService"/> (fixed at creation).</summary>
    public string? ClusterDns { get; init; }

    /// <summary>Spreads control planes over subregions (fixed at creation).</summary>
    public bool? CpMultiAz { get; init; }

    /// <summary>The subregions of the control planes (fixed at creation).</summary>
    public IReadOnlyList<string>? CpSubregions { get; init; }

    /// <summary>The CNI plugin (server default: cilium; fixed at creation).</summary>
    public string? Cni { get; init; }

    /// <summary>Turns load balancer administration on (server default: false; fixed at creation).</summary>
    public bool? AdminLbu { get; init; }

    /// <summary>Admission plugins to turn on beyond the defaults (see <see cref="OksClusterProvider.GetAdmissionPluginsAsync"/>).</summary>
    public IReadOnlyList<string>? EnableAdmissionPlugins { get; init; }

    /// <summary>Default admission plugins to turn off.</summary>
    public IReadOnlyList<string>? DisableAdmissionPlugins { get; init; }

    /// <summary>The weekly maintenance window.</summary>
    public OksMaintenanceWindow? MaintenanceWindow { get; init; }

    /// <summary>Automatic upgrade windows, the older form of <see cref="MaintenanceWindow"/> (the API marks it deprecated).</summary>
    public OksAutoMaintenances? AutoMaintenances { get; init; }

    /// <summary>Special behaviours to turn on.</summary>
    public IReadOnlyList<string>? Quirks { get; init; }

    /// <summary>Extra ways to sign in to the Kubernetes API (OpenID Connect).</summary>
    public OksClusterAuth? Auth { get; init; }

    /// <summary>Whether deleting through the API is refused.</summary>
    public bool? DisableApiTermination { get; init; }

    /// <summary>The cluster's description (on update, the same as <see cref="ClusterUpdateRequest.Description"/>).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Members of the API's create or update body that this version does not know, sent as they are (a member
    /// named here and set above is refused).
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
