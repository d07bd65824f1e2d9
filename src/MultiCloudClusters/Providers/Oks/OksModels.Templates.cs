using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The cluster template and the Kubernetes objects of the other templates.</summary>
internal static partial class OksModels
{
    public static OksClusterTemplate ToModel(Generated.ClusterTemplate t) => new()
    {
        Name = t.Name,
        ProjectId = t.Project_id,
        Description = t.Description,
        Version = t.Version,
        CpSubregions = Strings(t.Cp_subregions),
        AdminLbu = t.Admin_lbu,
        AdmissionFlags = t.Admission_flags is { } flags ? ToModel(flags) : null,
        CidrPods = t.Cidr_pods,
        CidrService = t.Cidr_service,
        ClusterDns = t.Cluster_dns,
        Tags = Tags(t.Tags),
#pragma warning disable CS0612 // the API marks auto_maintenances deprecated but still sends it
        AutoMaintenances = t.Auto_maintenances is { } auto ? ToModel(auto) : null,
#pragma warning restore CS0612
        MaintenanceWindow = t.Maintenance_window is { } window ? ToModel(window) : null,
        ControlPlanes = t.Control_planes,
        AdminWhitelist = Strings(t.Admin_whitelist),
        Quirks = Strings(t.Quirks),
        DisableApiTermination = t.Disable_api_termination,
        AdditionalProperties = AdditionalMembers.Read(t.AdditionalProperties),
    };

    public static OksObjectMetadata ToModel(Generated.ObjectMetadata m) => new()
    {
        Name = m.Name,
        AdditionalProperties = AdditionalMembers.Read(m.AdditionalProperties),
    };

    public static OksNodePool ToModel(Generated.Nodepool n) => new()
    {
        ApiVersion = n.ApiVersion,
        Kind = n.Kind,
        Metadata = n.Metadata is { } metadata ? ToModel(metadata) : null,
        Spec = n.Spec is { } spec ? ToModel(spec) : null,
        AdditionalProperties = AdditionalMembers.Read(n.AdditionalProperties),
    };

    public static OksNodePoolSpec ToModel(Generated.NodepoolSpec s) => new()
    {
        DesiredNodes = s.DesiredNodes,
        NodeType = s.NodeType,
        Zones = Strings(s.Zones),
        Volumes = All(s.Volumes, ToModel),
        UpgradeStrategy = s.UpgradeStrategy is { } strategy ? ToModel(strategy) : null,
        AutoHealing = s.AutoHealing,
        AdditionalProperties = AdditionalMembers.Read(s.AdditionalProperties),
    };

    public static OksNodePoolVolume ToModel(Generated.NodepoolVolume v) => new()
    {
        Device = v.Device,
        Type = v.Type,
        Size = v.Size,
        Dir = v.Dir,
        AdditionalProperties = AdditionalMembers.Read(v.AdditionalProperties),
    };

    public static OksNodePoolUpgradeStrategy ToModel(Generated.NodepoolUpgradeStrategy s) => new()
    {
        MaxUnavailable = s.MaxUnavailable,
        MaxSurge = s.MaxSurge,
        AutoUpgradeEnabled = s.AutoUpgradeEnabled,
        AutoUpgradeMaintenance = s.AutoUpgradeMaintenance is { } window ? ToModel(window) : null,
        AdditionalProperties = AdditionalMembers.Read(s.AdditionalProperties),
    };

    public static OksNodePoolUpgradeWindow ToModel(Generated.NodepoolUpgradeWindow w) => new()
    {
        DurationHours = w.DurationHours,
        StartHour = w.StartHour,
        WeekDay = w.WeekDay,
        AdditionalProperties = AdditionalMembers.Read(w.AdditionalProperties),
    };

    public static OksNetPeeringRequest ToModel(Generated.NetPeeringRequestObject r) => new()
    {
        ApiVersion = r.ApiVersion,
        Kind = r.Kind,
        Metadata = r.Metadata is { } metadata ? ToModel(metadata) : null,
        Spec = r.Spec is { } spec ? ToModel(spec) : null,
        AdditionalProperties = AdditionalMembers.Read(r.AdditionalProperties),
    };

    public static OksNetPeeringRequestSpec ToModel(Generated.NetPeeringRequestSpec s) => new()
    {
        AccepterNetId = s.AccepterNetId,
        AccepterOwnerId = s.AccepterOwnerId,
        AdditionalProperties = AdditionalMembers.Read(s.AdditionalProperties),
    };

    public static OksNetPeeringAcceptance ToModel(Generated.NetPeeringAcceptanceObject a) => new()
    {
        ApiVersion = a.ApiVersion,
        Kind = a.Kind,
        Metadata = a.Metadata is { } metadata ? ToModel(metadata) : null,
        Spec = a.Spec is { } spec ? ToModel(spec) : null,
        AdditionalProperties = AdditionalMembers.Read(a.AdditionalProperties),
    };

    public static OksNetPeeringAcceptanceSpec ToModel(Generated.NetPeeringAcceptanceSpec s) => new()
    {
        NetPeeringId = s.NetPeeringId,
        AdditionalProperties = AdditionalMembers.Read(s.AdditionalProperties),
    };
}
