using System.Collections.Frozen;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The cluster create and update bodies, from the unified request and <see cref="OksClusterOptions"/>.</summary>
internal static partial class OksModels
{
    public const string DefaultControlPlanes = "cp.mono.master";
    public const string DefaultCidrPods = "10.91.0.0/16";
    public const string DefaultCidrService = "10.92.0.0/16";

    /// <summary>The members of the create body (specs/oks.yaml, ClusterCreateRequest): an additional member may not repeat one.</summary>
    public static readonly FrozenSet<string> CreateMembers = FrozenSet.Create(
        StringComparer.Ordinal,
        "name", "project_id", "description", "cp_multi_az", "cp_subregions", "version", "admin_lbu", "admission_flags", "cni", "cidr_pods",
        "cidr_service", "cluster_dns", "tags", "auto_maintenances", "maintenance_window", "control_planes", "admin_whitelist", "quirks",
        "disable_api_termination", "auth");

    /// <summary>The members of the update body (specs/oks.yaml, ClusterUpdateRequest).</summary>
    public static readonly FrozenSet<string> UpdateMembers = FrozenSet.Create(
        StringComparer.Ordinal,
        "description", "admission_flags", "tags", "auto_maintenances", "maintenance_window", "admin_whitelist", "quirks",
        "disable_api_termination", "version", "control_planes", "auth");

    public static Generated.ClusterCreateRequest CreateBody(ClusterCreateRequest request, OksClusterOptions? options, string version) => new()
    {
        Name = request.Name,
        Project_id = options?.ProjectId!,
        Version = version,
        Description = options?.Description,
        Control_planes = options?.ControlPlanes ?? DefaultControlPlanes,
        Admin_whitelist = [.. options?.AdminWhitelist ?? []],
        Cidr_pods = options?.CidrPods ?? DefaultCidrPods,
        Cidr_service = options?.CidrService ?? DefaultCidrService,
        Cluster_dns = options?.ClusterDns,
        Cp_multi_az = options?.CpMultiAz,
        Cp_subregions = Send(options?.CpSubregions),
        Cni = options?.Cni,
        Admin_lbu = options?.AdminLbu,
        Admission_flags = AdmissionFlags(options?.EnableAdmissionPlugins, options?.DisableAdmissionPlugins),
        Maintenance_window = options?.MaintenanceWindow is { } window ? ToWire(window) : null,
#pragma warning disable CS0612 // deprecated by the API, still accepted
        Auto_maintenances = options?.AutoMaintenances is { } auto ? ToWire(auto) : null,
#pragma warning restore CS0612
        Quirks = Send(options?.Quirks),
        Disable_api_termination = options?.DisableApiTermination,
        Auth = options?.Auth is { } auth ? ToWire(auth) : null,
        Tags = Send(request.Tags),
        AdditionalProperties = AdditionalMembers.Write(options?.AdditionalProperties),
    };

    public static Generated.ClusterUpdateRequest UpdateBody(ClusterUpdateRequest request, OksClusterOptions? options) => new()
    {
        Description = request.Description ?? options?.Description,
        Tags = Send(request.Tags),
        Admin_whitelist = Send(options?.AdminWhitelist),
        Control_planes = options?.ControlPlanes,
        Admission_flags = AdmissionFlags(options?.EnableAdmissionPlugins, options?.DisableAdmissionPlugins),
        Maintenance_window = options?.MaintenanceWindow is { } window ? ToWire(window) : null,
#pragma warning disable CS0612 // deprecated by the API, still accepted
        Auto_maintenances = options?.AutoMaintenances is { } auto ? ToWire(auto) : null,
#pragma warning restore CS0612
        Quirks = Send(options?.Quirks),
        Disable_api_termination = options?.DisableApiTermination,
        Auth = options?.Auth is { } auth ? ToWire(auth) : null,
        AdditionalProperties = AdditionalMembers.Write(options?.AdditionalProperties),
    };
}
