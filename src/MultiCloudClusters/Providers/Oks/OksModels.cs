using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// The one place where OKS's generated wire types and the hand-written models meet: answers become models
/// (unknown members kept in <c>AdditionalProperties</c>, absent lists empty), requests become wire bodies.
/// This part: clusters and the types they share with requests and templates.
/// </summary>
internal static partial class OksModels
{
    /// <summary>
    /// A list of the answer as the model's: the list the serializer just made is taken over, not copied (nothing else
    /// holds the generated object); another kind of collection is copied.
    /// </summary>
    public static IReadOnlyList<string> Strings(IEnumerable<string>? values) => values switch
    {
        null => [],
        IReadOnlyList<string> list => list,
        _ => [.. values],
    };

    public static IReadOnlyList<TModel> All<TWire, TModel>(IEnumerable<TWire>? values, Func<TWire, TModel> map) =>
        values is null ? [] : [.. values.Select(map)];

    /// <summary>
    /// Tags of the answer as the model's: the serializer's dictionary is taken over when it already compares keys
    /// ordinally (it does: the default string comparer), else copied with an ordinal comparer.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Tags(IDictionary<string, string>? tags) => tags switch
    {
        null => new Dictionary<string, string>(),
        Dictionary<string, string> own when own.Comparer == EqualityComparer<string>.Default || ReferenceEquals(own.Comparer, StringComparer.Ordinal) => own,
        _ => new Dictionary<string, string>(tags, StringComparer.Ordinal),
    };

    /// <summary>A list to send: null stays unset, so the server keeps its default or the current value.</summary>
    public static List<string>? Send(IEnumerable<string>? values) => values is null ? null : [.. values];

    /// <summary>Tags to send: null stays unset.</summary>
    public static Dictionary<string, string>? Send(IReadOnlyDictionary<string, string>? tags) =>
        tags is null ? null : new Dictionary<string, string>(tags, StringComparer.Ordinal);

    public static OksCluster ToModel(Generated.Cluster c) => new()
    {
        Id = c.Id ?? string.Empty,
        ProjectId = c.Project_id,
        Name = c.Name,
        Description = c.Description,
        Version = c.Version,
        ExpectedVersion = c.Expected_version,
        CpMultiAz = c.Cp_multi_az,
        CpSubregions = Strings(c.Cp_subregions),
        Cni = c.Cni,
        AdminLbu = c.Admin_lbu,
        AdmissionFlags = c.Admission_flags is { } flags ? ToModel(flags) : null,
        CidrPods = c.Cidr_pods,
        CidrService = c.Cidr_service,
        ClusterDns = c.Cluster_dns,
        Tags = Tags(c.Tags),
#pragma warning disable CS0612 // the API marks auto_maintenances deprecated but still sends it
        AutoMaintenances = c.Auto_maintenances is { } auto ? ToModel(auto) : null,
#pragma warning restore CS0612
        MaintenanceWindow = c.Maintenance_window is { } window ? ToModel(window) : null,
        ControlPlanes = c.Control_planes,
        ExpectedControlPlanes = c.Expected_control_planes,
        AdminWhitelist = Strings(c.Admin_whitelist),
        Statuses = c.Statuses is { } statuses ? ToModel(statuses) : null,
        DisableApiTermination = c.Disable_api_termination,
        Auth = c.Auth is { } auth ? ToModel(auth) : null,
        AdditionalProperties = AdditionalMembers.Read(c.AdditionalProperties),
    };

    public static OksClusterStatuses ToModel(Generated.ClusterStatuses s) => new()
    {
        Status = s.Status,
        CreatedAt = s.Created_at,
        UpdatedAt = s.Updated_at,
        DeletedAt = s.Deleted_at,
        AvailableUpgrade = s.Available_upgrade,
        AdditionalProperties = AdditionalMembers.Read(s.AdditionalProperties),
    };

    public static OksAdmissionFlags ToModel(Generated.AdmissionFlags f) => new()
    {
        EnableAdmissionPlugins = Strings(f.Enable_admission_plugins),
        DisableAdmissionPlugins = Strings(f.Disable_admission_plugins),
        AppliedAdmissionPlugins = Strings(f.Applied_admission_plugins),
        AdditionalProperties = AdditionalMembers.Read(f.AdditionalProperties),
    };

    public static OksAdmissionFlags ToModel(Generated.AdmissionFlagsRequest f) => new()
    {
        EnableAdmissionPlugins = Strings(f.Enable_admission_plugins),
        DisableAdmissionPlugins = Strings(f.Disable_admission_plugins),
        AdditionalProperties = AdditionalMembers.Read(f.AdditionalProperties),
    };

    public static OksAutoMaintenances ToModel(Generated.AutoMaintenances a) => new()
    {
        MinorUpgradeMaintenance = a.Minor_upgrade_maintenance is { } minor ? ToModel(minor) : null,
        PatchUpgradeMaintenance = a.Patch_upgrade_maintenance is { } patch ? ToModel(patch) : null,
        AdditionalProperties = AdditionalMembers.Read(a.AdditionalProperties),
    };

    public static OksUpgradeWindow ToModel(Generated.MaintenanceWindow w) => new()
    {
        Enabled = w.Enabled,
        DurationHours = w.Duration_hours,
        StartHour = w.Start_hour,
        WeekDay = w.Week_day,
        Tz = w.Tz,
        AdditionalProperties = AdditionalMembers.Read(w.AdditionalProperties),
    };

    public static OksMaintenanceWindow ToModel(Generated.Maintenance w) => new()
    {
        DurationHours = w.Duration_hours,
        StartHour = w.Start_hour,
        WeekDay = w.Week_day ?? string.Empty,
        Tz = w.Tz,
        AdditionalProperties = AdditionalMembers.Read(w.AdditionalProperties),
    };

    public static OksClusterAuth ToModel(Generated.ClusterAuth a) => new()
    {
        Oidc = a.Oidc is { } oidc ? ToModel(oidc) : null,
        AdditionalProperties = AdditionalMembers.Read(a.AdditionalProperties),
    };

    public static OksOidcConfig ToModel(Generated.OidcConfig o) => new()
    {
        IssuerUrl = o.IssuerUrl ?? string.Empty,
        ClientId = o.ClientId ?? string.Empty,
        UsernameClaim = o.UsernameClaim,
        UsernamePrefix = o.UsernamePrefix,
        GroupsClaim = Strings(o.GroupsClaim),
        GroupsPrefix = o.GroupsPrefix,
        RequiredClaims = AdditionalMembers.Read(o.RequiredClaim),
        AdditionalProperties = AdditionalMembers.Read(o.AdditionalProperties),
    };

    public static OksAdmissionPlugins ToModel(Generated.AdmissionPlugins p) => new()
    {
        CanEnable = Strings(p.EnableAdmissionPlugins),
        CanDisable = Strings(p.DisableAdmissionPlugins),
        Defaults = Strings(p.DefaultAdmissionPlugins),
        AdditionalProperties = AdditionalMembers.Read(p.AdditionalProperties),
    };

    public static OksQuotas ToModel(Generated.OksQuotas q) => new()
    {
        Projects = q.Projects,
        ClustersPerProject = q.ClustersPerProject,
        KubernetesVersions = Strings(q.KubeVersions),
        ControlPlaneSubregions = Strings(q.CPSubregions),
        AdditionalProperties = AdditionalMembers.Read(q.AdditionalProperties),
    };

    // ------------------------------------------------------------------ to the wire

    public static Generated.Maintenance ToWire(OksMaintenanceWindow w) => new()
    {
        Duration_hours = w.DurationHours,
        Start_hour = w.StartHour,
        Week_day = w.WeekDay,
        Tz = w.Tz,
        AdditionalProperties = AdditionalMembers.Write(w.AdditionalProperties),
    };

    public static Generated.AutoMaintenances ToWire(OksAutoMaintenances a) => new()
    {
        // Both windows are required by the API; an empty one takes the server's defaults.
        Minor_upgrade_maintenance = ToWire(a.MinorUpgradeMaintenance ?? new OksUpgradeWindow()),
        Patch_upgrade_maintenance = ToWire(a.PatchUpgradeMaintenance ?? new OksUpgradeWindow()),
        AdditionalProperties = AdditionalMembers.Write(a.AdditionalProperties),
    };

    public static Generated.MaintenanceWindow ToWire(OksUpgradeWindow w) => new()
    {
        Enabled = w.Enabled,
        Duration_hours = w.DurationHours,
        Start_hour = w.StartHour,
        Week_day = w.WeekDay,
        Tz = w.Tz,
        AdditionalProperties = AdditionalMembers.Write(w.AdditionalProperties),
    };

    public static Generated.ClusterAuth ToWire(OksClusterAuth a) => new()
    {
        Oidc = a.Oidc is { } oidc ? ToWire(oidc) : null,
        AdditionalProperties = AdditionalMembers.Write(a.AdditionalProperties),
    };

    public static Generated.OidcConfig ToWire(OksOidcConfig o) => new()
    {
        IssuerUrl = o.IssuerUrl,
        ClientId = o.ClientId,
        UsernameClaim = o.UsernameClaim,
        UsernamePrefix = o.UsernamePrefix,
        GroupsClaim = o.GroupsClaim.Count == 0 ? null : [.. o.GroupsClaim],
        GroupsPrefix = o.GroupsPrefix,
        RequiredClaim = o.RequiredClaims.Count == 0 ? null : AdditionalMembers.Write(o.RequiredClaims),
        AdditionalProperties = AdditionalMembers.Write(o.AdditionalProperties),
    };

    public static Generated.AdmissionFlagsRequest? AdmissionFlags(IReadOnlyList<string>? enable, IReadOnlyList<string>? disable) =>
        enable is null && disable is null ? null : new() { Enable_admission_plugins = Send(enable), Disable_admission_plugins = Send(disable) };
}
