using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>OKS's filled-in example of a cluster creation request: the provider's defaults (its <see cref="Version"/> is the default Kubernetes version).</summary>
public sealed class OksClusterTemplate : ProviderResult
{
    /// <summary>A suggested name (older API versions).</summary>
    public string? Name { get; init; }

    /// <summary>A project id, often empty.</summary>
    public string? ProjectId { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>The default Kubernetes version.</summary>
    public string? Version { get; init; }

    /// <summary>The subregions of the control plane (empty when none).</summary>
    public IReadOnlyList<string> CpSubregions { get; init; } = [];

    /// <summary>Whether load balancer administration is on.</summary>
    public bool? AdminLbu { get; init; }

    /// <summary>Admission plugins turned on or off.</summary>
    public OksAdmissionFlags? AdmissionFlags { get; init; }

    /// <summary>The pod network.</summary>
    public string? CidrPods { get; init; }

    /// <summary>The service network.</summary>
    public string? CidrService { get; init; }

    /// <summary>The cluster DNS address.</summary>
    public string? ClusterDns { get; init; }

    /// <summary>Key/value tags (empty when none).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Automatic upgrade windows (older form).</summary>
    public OksAutoMaintenances? AutoMaintenances { get; init; }

    /// <summary>The weekly maintenance window.</summary>
    public OksMaintenanceWindow? MaintenanceWindow { get; init; }

    /// <summary>The control plane plan.</summary>
    public string? ControlPlanes { get; init; }

    /// <summary>CIDR blocks allowed to reach the Kubernetes API, built from the caller's IP (empty when none).</summary>
    public IReadOnlyList<string> AdminWhitelist { get; init; } = [];

    /// <summary>Special behaviours turned on (empty when none).</summary>
    public IReadOnlyList<string> Quirks { get; init; } = [];

    /// <summary>Whether deleting through the API is refused.</summary>
    public bool? DisableApiTermination { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
