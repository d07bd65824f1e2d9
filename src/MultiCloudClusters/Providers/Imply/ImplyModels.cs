using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Imply.Generated;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// The one place Imply's generated models and the hand-written ones meet. Every copy is deep, so a caller's
/// object is never changed by a call, and unknown members travel in both directions.
/// </summary>
internal static class ImplyModels
{
    public static ImplyCluster ToModel(Generated.Cluster cluster) => new()
    {
        Metadata = new ImplyClusterMetadata
        {
            Name = cluster.Metadata?.Name,
            Uid = cluster.Metadata?.Uid,
            AdditionalProperties = AdditionalMembers.Read(cluster.Metadata?.AdditionalProperties),
        },
        Spec = cluster.Spec is null ? new ImplyClusterSpec() : ToModel(cluster.Spec),
        Status = cluster.Status is { } status ? ToModel(status) : null,
        AdditionalProperties = AdditionalMembers.Read(cluster.AdditionalProperties),
    };

    /// <summary>The body of an overwrite: metadata, spec and unknown members; the status is never sent.</summary>
    public static Generated.Cluster ToGenerated(ImplyCluster cluster) => GeneratedMembers.With(
        new Generated.Cluster
        {
            Metadata = GeneratedMembers.With(new Generated.ObjectMeta { Name = cluster.Metadata.Name, Uid = cluster.Metadata.Uid }, cluster.Metadata.AdditionalProperties),
            Spec = ToGenerated(cluster.Spec),
        },
        cluster.AdditionalProperties);

    public static Generated.ClusterSpec ToGenerated(ImplyClusterSpec spec) => GeneratedMembers.With(
        new Generated.ClusterSpec
        {
            Version = spec.Version,
            DesiredState = spec.DesiredState,
            AwsInstanceRole = spec.AwsInstanceRole,
            AwsKeyPair = spec.AwsKeyPair,
            AwsTags = List(spec.AwsTags, ToGenerated),
            EncryptVolumes = spec.EncryptVolumes,
            CommonRuntimeProperties = List(spec.CommonRuntimeProperties, ToGenerated),
            Master = spec.Master is { } master ? ToGenerated(master) : null,
            Query = spec.Query is { } query ? ToGenerated(query) : null,
            Data = spec.Data is { } data ? ToGenerated(data) : null,
            MetadataStore = spec.MetadataStore is { } store ? ToGenerated(store) : null,
            Pivot = spec.Pivot is { } pivot ? GeneratedMembers.With(new Generated.PivotAccess { AccessMode = pivot.AccessMode }, pivot.AdditionalProperties) : null,
            DeepStorage = spec.DeepStorage is { } deep ? GeneratedMembers.With(new Generated.DeepStorage { Path = deep.Path, Encrypt = deep.Encrypt }, deep.AdditionalProperties) : null,
            DruidExtensions = spec.DruidExtensions is { } extensions ? [.. extensions] : null,
            FeatureFlags = spec.FeatureFlags is { } flags ? [.. flags] : null,
            CustomFiles = List(spec.CustomFiles, f => GeneratedMembers.With(new Generated.CustomFile { Name = f?.Name, Url = f?.Url }, f?.AdditionalProperties)),
        },
        spec.AdditionalProperties);

    public static ImplyClusterSpec ToModel(Generated.ClusterSpec spec) => new()
    {
        Version = spec.Version,
        DesiredState = spec.DesiredState,
        AwsInstanceRole = spec.AwsInstanceRole,
        AwsKeyPair = spec.AwsKeyPair,
        AwsTags = List(spec.AwsTags, ToModel),
        EncryptVolumes = spec.EncryptVolumes,
        CommonRuntimeProperties = List(spec.CommonRuntimeProperties, ToModel),
        Master = spec.Master is { } master ? ToModel(master) : null,
        Query = spec.Query is { } query ? ToModel(query) : null,
        Data = spec.Data is { } data ? ToModel(data) : null,
        MetadataStore = spec.MetadataStore is { } store ? ToModel(store) : null,
        Pivot = spec.Pivot is { } pivot ? new ImplyPivotAccess { AccessMode = pivot.AccessMode, AdditionalProperties = GeneratedMembers.Read(pivot.AdditionalProperties) } : null,
        DeepStorage = spec.DeepStorage is { } deep ? new ImplyDeepStorage { Path = deep.Path, Encrypt = deep.Encrypt, AdditionalProperties = GeneratedMembers.Read(deep.AdditionalProperties) } : null,
        DruidExtensions = spec.DruidExtensions is { } extensions ? [.. extensions] : null,
        FeatureFlags = spec.FeatureFlags is { } flags ? [.. flags] : null,
        CustomFiles = List(spec.CustomFiles, f => new ImplyCustomFile { Name = f.Name, Url = f.Url, AdditionalProperties = GeneratedMembers.Read(f.AdditionalProperties) }),
        AdditionalProperties = GeneratedMembers.Read(spec.AdditionalProperties),
    };

    private static ImplyClusterStatus ToModel(Generated.ClusterStatus status) => new()
    {
        ResourceVersion = status.ResourceVersion,
        State = status.State,
        Servers = [.. (status.Servers ?? []).Where(s => s is not null).Select(s => new ImplyServer
        {
            InstanceId = s.InstanceId,
            InstanceType = s.InstanceType,
            Tier = s.Tier,
            State = s.State,
            AdditionalProperties = AdditionalMembers.Read(s.AdditionalProperties),
        })],
        AdditionalProperties = AdditionalMembers.Read(status.AdditionalProperties),
    };

    private static Generated.NameValue ToGenerated(ImplyNameValue pair) =>
        GeneratedMembers.With(new Generated.NameValue { Name = pair?.Name, Value = pair?.Value }, pair?.AdditionalProperties);

    private static ImplyNameValue ToModel(Generated.NameValue pair) =>
        new() { Name = pair?.Name, Value = pair?.Value, AdditionalProperties = GeneratedMembers.Read(pair?.AdditionalProperties) };

    private static Generated.MasterConfiguration ToGenerated(ImplyMasterConfiguration master) => GeneratedMembers.With(new Generated.MasterConfiguration
    {
        Replicas = master.Replicas,
        InstanceType = master.InstanceType,
        CoordinatorRuntimeProperties = List(master.CoordinatorRuntimeProperties, ToGenerated),
        OverlordRuntimeProperties = List(master.OverlordRuntimeProperties, ToGenerated),
    }, master.AdditionalProperties);

    private static ImplyMasterConfiguration ToModel(Generated.MasterConfiguration master) => new()
    {
        Replicas = master.Replicas,
        InstanceType = master.InstanceType,
        CoordinatorRuntimeProperties = List(master.CoordinatorRuntimeProperties, ToModel),
        OverlordRuntimeProperties = List(master.OverlordRuntimeProperties, ToModel),
        AdditionalProperties = GeneratedMembers.Read(master.AdditionalProperties),
    };

    private static Generated.QueryConfiguration ToGenerated(ImplyQueryConfiguration query) => GeneratedMembers.With(new Generated.QueryConfiguration
    {
        Replicas = query.Replicas,
        InstanceType = query.InstanceType,
        BrokerRuntimeProperties = List(query.BrokerRuntimeProperties, ToGenerated),
        RouterRuntimeProperties = List(query.RouterRuntimeProperties, ToGenerated),
    }, query.AdditionalProperties);

    private static ImplyQueryConfiguration ToModel(Generated.QueryConfiguration query) => new()
    {
        Replicas = query.Replicas,
        InstanceType = query.InstanceType,
        BrokerRuntimeProperties = List(query.BrokerRuntimeProperties, ToModel),
        RouterRuntimeProperties = List(query.RouterRuntimeProperties, ToModel),
        AdditionalProperties = GeneratedMembers.Read(query.AdditionalProperties),
    };

    private static Generated.DataConfiguration ToGenerated(ImplyDataConfiguration data) => GeneratedMembers.With(new Generated.DataConfiguration
    {
        HistoricalRuntimeProperties = List(data.HistoricalRuntimeProperties, ToGenerated),
        MiddleManagerRuntimeProperties = List(data.MiddleManagerRuntimeProperties, ToGenerated),
        Tier1 = data.Tier1 is { } tier1 ? ToGenerated(tier1) : null,
        Tier2 = data.Tier2 is { } tier2 ? ToGenerated(tier2) : null,
        Tier3 = data.Tier3 is { } tier3 ? ToGenerated(tier3) : null,
    }, data.AdditionalProperties);

    private static ImplyDataConfiguration ToModel(Generated.DataConfiguration data) => new()
    {
        HistoricalRuntimeProperties = List(data.HistoricalRuntimeProperties, ToModel),
        MiddleManagerRuntimeProperties = List(data.MiddleManagerRuntimeProperties, ToModel),
        Tier1 = data.Tier1 is { } tier1 ? ToModel(tier1) : null,
        Tier2 = data.Tier2 is { } tier2 ? ToModel(tier2) : null,
        Tier3 = data.Tier3 is { } tier3 ? ToModel(tier3) : null,
        AdditionalProperties = GeneratedMembers.Read(data.AdditionalProperties),
    };

    private static Generated.DataTier ToGenerated(ImplyDataTier tier) => GeneratedMembers.With(new Generated.DataTier
    {
        Replicas = tier.Replicas,
        InstanceType = tier.InstanceType,
        HistoricalRuntimeProperties = List(tier.HistoricalRuntimeProperties, ToGenerated),
        MiddleManagerRuntimeProperties = List(tier.MiddleManagerRuntimeProperties, ToGenerated),
    }, tier.AdditionalProperties);

    private static ImplyDataTier ToModel(Generated.DataTier tier) => new()
    {
        Replicas = tier.Replicas,
        InstanceType = tier.InstanceType,
        HistoricalRuntimeProperties = List(tier.HistoricalRuntimeProperties, ToModel),
        MiddleManagerRuntimeProperties = List(tier.MiddleManagerRuntimeProperties, ToModel),
        AdditionalProperties = GeneratedMembers.Read(tier.AdditionalProperties),
    };

    private static Generated.MetadataStore ToGenerated(ImplyMetadataStore store) => GeneratedMembers.With(
        new Generated.MetadataStore { InstanceType = store.InstanceType, DiskSize = store.DiskSize, BackupRetention = store.BackupRetention, Encrypt = store.Encrypt },
        store.AdditionalProperties);

    private static ImplyMetadataStore ToModel(Generated.MetadataStore store) => new()
    {
        InstanceType = store.InstanceType,
        DiskSize = store.DiskSize,
        BackupRetention = store.BackupRetention,
        Encrypt = store.Encrypt,
        AdditionalProperties = GeneratedMembers.Read(store.AdditionalProperties),
    };

    /// <summary>A copied list; null stays null (absent is not the same as empty in a merge patch).</summary>
    private static List<TResult>? List<TSource, TResult>(IEnumerable<TSource>? items, Func<TSource, TResult> map) =>
        items is null ? null : [.. items.Select(map)];
}
