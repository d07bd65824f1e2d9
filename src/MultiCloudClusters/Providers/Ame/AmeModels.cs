using System.Collections.ObjectModel;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// The one place AME's generated models and the hand-written ones meet. Copies are deep, so a caller's object
/// is never changed by a call; unknown members are kept from answers and sent from requests.
/// </summary>
internal static class AmeModels
{
    public static AmeCluster ToModel(Generated.Cluster cluster) => new()
    {
        Identity = cluster.Identity,
        Name = cluster.Name,
        Slug = cluster.Slug,
        Description = cluster.Description,
        CustomerIdentity = cluster.CustomerIdentity,
        CustomerSlug = cluster.CustomerSlug,
        EnvironmentIdentity = cluster.EnvironmentIdentity,
        EnvironmentSlug = cluster.EnvironmentSlug,
        CloudProvider = cluster.CloudProvider,
        CloudAccount = cluster.CloudAccount is { } account ? new AmeCloudAccountReference
        {
            Identity = account.Identity,
            DisplayName = account.DisplayName,
            PrimaryCloudCredentials = account.PrimaryCloudCredentials is { } primary ? ToModel(primary) : null,
            AdditionalProperties = AdditionalMembers.Read(account.AdditionalProperties),
        } : null,
        CloudCredentials = cluster.CloudCredentials is { } credentials ? ToModel(credentials) : null,
        Region = cluster.Region,
        Version = cluster.Version,
        UpdateChannel = cluster.UpdateChannel is { } channel ? new AmeUpdateChannel
        {
            Name = channel.Name,
            Available = channel.Available,
            KubernetesClusterVersion = channel.KubernetesClusterVersion,
            AdditionalProperties = AdditionalMembers.Read(channel.AdditionalProperties),
        } : null,
        Status = cluster.Status,
        DesiredStatus = cluster.DesiredStatus,
        ProvisionStatus = cluster.ProvisionStatus,
        ActualState = cluster.ActualState is { } actual ? new AmeActualClusterState
        {
            Status = actual.Status,
            Version = actual.Version,
            CollectedAt = actual.CollectedAt,
            AdditionalProperties = AdditionalMembers.Read(actual.AdditionalProperties),
        } : null,
        Cni = cluster.Cni,
        PodSecurityStandardsProfile = cluster.PodSecurityStandardsProfile,
        ClusterPodSubnet = cluster.ClusterPodSubnet,
        ServiceSubnet = cluster.ServiceSubnet,
        AutoUpgrade = cluster.AutoUpgrade,
        HighlyAvailable = cluster.HighlyAvailable,
        EnableMultiAvailabilityZones = cluster.EnableMultiAvailabilityZones,
        EnableNATGateway = cluster.EnableNATGateway,
        EnableNetworkEncryption = cluster.EnableNetworkEncryption,
        AmeOidc = cluster.AmeOIDC,
        DeleteProtection = cluster.DeleteProtection,
        EnvironmentPrometheusRules = cluster.EnvironmentPrometheusRules,
        Cpu = cluster.Cpu,
        Memory = cluster.Memory,
        PoolId = cluster.PoolID,
        PoolName = cluster.PoolName,
        IpWhitelist = AmeIpWhitelist.Read(cluster),
        EnablePodSecurityStandards = cluster.EnablePodSecurityStandards,
        ClusterAutoscalerSettings = cluster.ClusterAutoscalerSettings is { } autoscaler ? ToModel(autoscaler) : null,
        UpstreamCluster = cluster.UpstreamCluster is { } upstream ? new AmeUpstreamCluster
        {
            Identity = upstream.Identity,
            Slug = upstream.Slug,
            EnvironmentSlug = upstream.EnvironmentSlug,
            Version = upstream.Version,
            AdditionalProperties = AdditionalMembers.Read(upstream.AdditionalProperties),
        } : null,
        Addons = cluster.Addons is { Count: > 0 } addons
            ? addons.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => ToModel(a.Value), StringComparer.Ordinal)
            : ReadOnlyDictionary<string, AmeAddon>.Empty,
        MaintenanceSchedule = cluster.MaintenanceSchedule is { } schedule ? new AmeMaintenanceSchedule
        {
            Identity = schedule.Identity,
            Name = schedule.Name,
            ClusterCount = schedule.ClusterCount,
            Windows = [.. (schedule.Windows ?? []).Where(w => w is not null).Select(w => new AmeMaintenanceWindow
            {
                Day = w.Day,
                StartTime = w.StartTime,
                Duration = w.Duration,
                AdditionalProperties = AdditionalMembers.Read(w.AdditionalProperties),
            })],
            AdditionalProperties = AdditionalMembers.Read(schedule.AdditionalProperties),
        } : null,
        ObservabilityTenant = cluster.ObservabilityTenant is { } tenant ? new AmeObservabilityTenant
        {
            Id = tenant.Id,
            Identity = tenant.Identity,
            Name = tenant.Name,
            Slug = tenant.Slug,
            Customer = tenant.Customer,
            Available = tenant.Available,
            IpWhiteList = tenant.IpWhiteList,
            Cluster = AdditionalMembers.Read(tenant.Cluster?.AdditionalProperties),
            Environment = AdditionalMembers.Read(tenant.Environment?.AdditionalProperties),
            CreatedAt = tenant.CreatedAt,
            ModifiedAt = tenant.ModifiedAt,
            DeletedAt = tenant.DeletedAt,
            AdditionalProperties = AdditionalMembers.Read(tenant.AdditionalProperties),
        } : null,
        CreatedAt = cluster.CreatedAt,
        ModifiedAt = cluster.ModifiedAt,
        DeletedAt = cluster.DeletedAt,
        AdditionalProperties = AdditionalMembers.Read(cluster.AdditionalProperties),
    };

    public static AmeNodePool ToModel(Generated.NodePool pool) => new()
    {
        Id = pool.Id,
        Identity = pool.Identity,
        Name = pool.Name,
        NodeSize = pool.NodeSize,
        AvailabilityZone = pool.AvailabilityZone,
        AutoScaling = pool.AutoScaling,
        MinSize = pool.MinSize,
        MaxSize = pool.MaxSize,
        EnableNodeAutoReplacement = pool.EnableNodeAutoReplacement,
        EnableNodeReboots = pool.EnableNodeReboots,
        UpgradeStrategy = pool.UpgradeStrategy,
        ProvisionStatus = pool.ProvisionStatus,
        SecurityUpdatesOnJoin = pool.SecurityUpdatesOnJoin,
        Annotations = new Dictionary<string, string>(pool.Annotations ?? [], StringComparer.Ordinal),
        Labels = new Dictionary<string, string>(pool.Labels ?? [], StringComparer.Ordinal),
        Taints = [.. (pool.Taints ?? []).Where(t => t is not null).Select(ToModel)],
        CreatedAt = pool.CreatedAt,
        ModifiedAt = pool.ModifiedAt,
        AdditionalProperties = AdditionalMembers.Read(pool.AdditionalProperties),
    };

    public static Generated.NodePoolRequest ToGenerated(AmeNodePoolRequest pool) => GeneratedMembers.With(
        new Generated.NodePoolRequest
        {
            Name = pool.Name,
            NodeSize = pool.NodeSize,
            AvailabilityZone = pool.AvailabilityZone,
            AutoScaling = pool.AutoScaling,
            MinSize = pool.MinSize,
            MaxSize = pool.MaxSize,
            EnableNodeAutoReplacement = pool.EnableNodeAutoReplacement,
            EnableNodeReboots = pool.EnableNodeReboots,
            UpgradeStrategy = pool.UpgradeStrategy,
            SecurityUpdatesOnJoin = pool.SecurityUpdatesOnJoin,
            Annotations = pool.Annotations is { } annotations ? new Dictionary<string, string>(annotations, StringComparer.Ordinal) : null,
            Labels = pool.Labels is { } labels ? new Dictionary<string, string>(labels, StringComparer.Ordinal) : null,
            Taints = pool.Taints is { } taints ? [.. taints.Select(t => t is null ? null! : GeneratedMembers.With(new Generated.NodeTaint { Key = t.Key, Value = t.Value, Effect = t.Effect }, t.AdditionalProperties))] : null,
        },
        pool.AdditionalProperties);

    public static AmeJoinConfig ToModel(Generated.JoinConfig config) => new()
    {
        JoinCommand = config.JoinCommand,
        CloudInitUserDataBase64 = config.CloudInitUserDataBase64,
        InstallScriptBase64 = config.InstallScriptBase64,
        UpgradeScriptBase64 = config.UpgradeScriptBase64,
        KubeletConfigBase64 = config.KubeletConfigBase64,
        KubernetesVersion = config.Versions?.Kubernetes,
        ContainerdVersion = config.Versions?.Containerd,
        CrictlVersion = config.Versions?.Crictl,
        CloudInitVersion = config.Versions?.CloudInit,
        AdditionalProperties = AdditionalMembers.Read(config.AdditionalProperties),
    };

    public static AmeOidcConfig ToModel(Generated.OidcConfig config) => new()
    {
        Endpoint = config.Endpoint,
        CaCertificate = config.CaCertificate,
        IssuerUrl = config.IssuerUrl,
        ClientId = config.ClientId,
        ClientSecret = config.ClientSecret,
        AdditionalProperties = AdditionalMembers.Read(config.AdditionalProperties),
    };

    public static AmePrometheusRulesInheritanceResult ToModel(Generated.PrometheusRulesInheritanceResponse? response) => new()
    {
        Message = response?.Message,
        AdditionalProperties = AdditionalMembers.Read(response?.AdditionalProperties),
    };

    public static List<Generated.IpWhitelistEntry>? ToGenerated(IEnumerable<AmeIpWhitelistEntry?>? entries) =>
        entries is null ? null : [.. entries.Select(e => e is null ? null! : GeneratedMembers.With(new Generated.IpWhitelistEntry { Cidr = e.Cidr!, Description = e.Description! }, e.AdditionalProperties))];

    public static Dictionary<string, Generated.Addon>? ToGenerated(IEnumerable<KeyValuePair<string, AmeAddon>>? addons) =>
        addons?.ToDictionary(
            a => a.Key,
            a => a.Value is null ? null! : GeneratedMembers.With(new Generated.Addon { Enabled = a.Value.Enabled, CustomValues = a.Value.CustomValues is { } values ? new Dictionary<string, string>(values, StringComparer.Ordinal) : null }, a.Value.AdditionalProperties),
            StringComparer.Ordinal);

    public static Generated.AutoscalerSettings? ToGenerated(AmeAutoscalerSettings? settings) => settings is null ? null : GeneratedMembers.With(
        new Generated.AutoscalerSettings
        {
            ScaleDownUtilizationThreshold = settings.ScaleDownUtilizationThreshold,
            ScaleDownGpuUtilizationThreshold = settings.ScaleDownGpuUtilizationThreshold,
            ScaleDownDelayAfterAdd = settings.ScaleDownDelayAfterAdd,
            ScaleDownUnneededTime = settings.ScaleDownUnneededTime,
            ScaleDownUnreadyTime = settings.ScaleDownUnreadyTime,
            MaxNodeProvisionTime = settings.MaxNodeProvisionTime,
            UnremovableNodeRecheckTimeout = settings.UnremovableNodeRecheckTimeout,
        },
        settings.AdditionalProperties);

    private static AmeAutoscalerSettings ToModel(Generated.AutoscalerSettings settings) => new()
    {
        ScaleDownUtilizationThreshold = settings.ScaleDownUtilizationThreshold,
        ScaleDownGpuUtilizationThreshold = settings.ScaleDownGpuUtilizationThreshold,
        ScaleDownDelayAfterAdd = settings.ScaleDownDelayAfterAdd,
        ScaleDownUnneededTime = settings.ScaleDownUnneededTime,
        ScaleDownUnreadyTime = settings.ScaleDownUnreadyTime,
        MaxNodeProvisionTime = settings.MaxNodeProvisionTime,
        UnremovableNodeRecheckTimeout = settings.UnremovableNodeRecheckTimeout,
        AdditionalProperties = GeneratedMembers.Read(settings.AdditionalProperties),
    };

    private static AmeAddon ToModel(Generated.Addon addon) => new()
    {
        Enabled = addon.Enabled,
        CustomValues = addon.CustomValues is { } values ? new Dictionary<string, string>(values, StringComparer.Ordinal) : null,
        AdditionalProperties = GeneratedMembers.Read(addon.AdditionalProperties),
    };

    private static AmeNodeTaint ToModel(Generated.NodeTaint taint) => new()
    {
        Key = taint.Key,
        Value = taint.Value,
        Effect = taint.Effect,
        AdditionalProperties = GeneratedMembers.Read(taint.AdditionalProperties),
    };

    private static AmeCloudCredentialsReference ToModel(Generated.CloudCredentialsReference credentials) => new()
    {
        Identity = credentials.Identity,
        DisplayName = credentials.DisplayName,
        IsPrimary = credentials.IsPrimary,
        AdditionalProperties = AdditionalMembers.Read(credentials.AdditionalProperties),
    };
}
