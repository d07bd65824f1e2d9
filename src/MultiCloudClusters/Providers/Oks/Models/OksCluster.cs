using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>An OKS Kubernetes cluster as the API describes it (the <see cref="Clusters.ClusterInfo.Native"/> object of OKS clusters).</summary>
public sealed class OksCluster : ProviderResult
{
    /// <summary>The cluster id (a UUID).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The project it belongs to.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The cluster name.</summary>
    public string? Name { get; init; }

    /// <summary>Free text (older API versions).</summary>
    public string? Description { get; init; }

    /// <summary>The Kubernetes version it runs.</summary>
    public string? Version { get; init; }

    /// <summary>The version an ongoing change moves it to.</summary>
    public string? ExpectedVersion { get; init; }

    /// <summary>Whether the control plane spans several subregions.</summary>
    public bool? CpMultiAz { get; init; }

    /// <summary>The subregions of the control plane (empty when none).</summary>
    public IReadOnlyList<string> CpSubregions { get; init; } = [];

    /// <summary>The network plugin, e.g. <c>cilium</c>.</summary>
    public string? Cni { get; init; }

    /// <summary>Whether load balancer administration is on.</summary>
    public bool? AdminLbu { get; init; }

    /// <summary>Its admission plugin settings.</summary>
    public OksAdmissionFlags? AdmissionFlags { get; init; }

    /// <summary>The pod network.</summary>
    public string? CidrPods { get; init; }

    /// <summary>The service network.</summary>
    public string? CidrService { get; init; }

    /// <summary>The cluster DNS address.</summary>
    public string? ClusterDns { get; init; }

    /// <summary>Key/value tags (empty when none).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Automatic upgrade windows (the older form of <see cref="MaintenanceWindow"/>).</summary>
    public OksAutoMaintenances? AutoMaintenances { get; init; }

    /// <summary>The weekly maintenance window.</summary>
    public OksMaintenanceWindow? MaintenanceWindow { get; init; }

    /// <summary>The control plane plan, e.g. <c>cp.3.masters.small</c>.</summary>
    public string? ControlPlanes { get; init; }

    /// <summary>The plan an ongoing change moves it to.</summary>
    public string? ExpectedControlPlanes { get; init; }

    /// <summary>CIDR blocks allowed to reach the Kubernetes API (empty when none).</summary>
    public IReadOnlyList<string> AdminWhitelist { get; init; } = [];

    /// <summary>Its lifecycle state.</summary>
    public OksClusterStatuses? Statuses { get; init; }

    /// <summary>Whether deleting it through the API is refused.</summary>
    public bool? DisableApiTermination { get; init; }

    /// <summary>Extra ways to sign in to its Kubernetes API.</summary>
    public OksClusterAuth? Auth { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"OksCluster {Id} '{Name}' {Statuses?.Status ?? "no status"}";
}
