using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Projects, their cloud resources and EIM users.</summary>
internal static partial class OksModels
{
    public static OksProject ToModel(Generated.Project p) => new()
    {
        Id = p.Id ?? string.Empty,
        Name = p.Name,
        Description = p.Description,
        Cidr = p.Cidr,
        Region = p.Region,
        Status = p.Status,
        Tags = Tags(p.Tags),
        NetSpecific = p.Net_specific is { } net ? ToModel(net) : null,
        DisableApiTermination = p.Disable_api_termination,
        CreatedAt = p.Created_at,
        UpdatedAt = p.Updated_at,
        DeletedAt = p.Deleted_at,
        AdditionalProperties = AdditionalMembers.Read(p.AdditionalProperties),
    };

    public static OksNetSpecific ToModel(Generated.NetSpecific n) => new()
    {
        DisableLanSecurityGroups = n.Disable_lan_security_groups,
        AdditionalProperties = AdditionalMembers.Read(n.AdditionalProperties),
    };

    /// <summary>The project template is a create request with the provider's values filled in.</summary>
    public static OksProjectCreateRequest ToModel(Generated.ProjectCreateRequest t) => new()
    {
        Name = t.Name,
        Cidr = t.Cidr,
        Region = t.Region,
        Description = t.Description,
        Tags = t.Tags is null ? null : Tags(t.Tags),
        NetSpecific = t.Net_specific is { } net ? ToModel(net) : null,
        Quirks = t.Quirks is null ? null : Strings(t.Quirks),
        DisableApiTermination = t.Disable_api_termination,
        AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement>(AdditionalMembers.Read(t.AdditionalProperties), StringComparer.Ordinal),
    };

    public static OksProjectQuotas ToModel(Generated.ProjectQuotasResult q) => new()
    {
        BackendRequestId = q.Request_id,
        Quotas = All(q.Data?.Quotas, ToModel),
        Subregions = All(q.Data?.Subregions, ToModel),
        AdditionalProperties = AdditionalMembers.Read(q.Data?.AdditionalProperties),
    };

    public static OksQuota ToModel(Generated.Quota q) => new()
    {
        Name = q.Name,
        ShortDescription = q.ShortDescription,
        Description = q.Description,
        QuotaCollection = q.QuotaCollection,
        AccountId = q.AccountId,
        MaxValue = q.MaxValue,
        UsedValue = q.UsedValue,
        AdditionalProperties = AdditionalMembers.Read(q.AdditionalProperties),
    };

    public static OksSubregion ToModel(Generated.Subregion s) => new()
    {
        SubregionName = s.SubregionName,
        RegionName = s.RegionName,
        State = s.State,
        LocationCode = s.LocationCode,
        AdditionalProperties = AdditionalMembers.Read(s.AdditionalProperties),
    };

    public static OksSnapshot ToModel(Generated.Snapshot s) => new()
    {
        SnapshotId = s.SnapshotId,
        VolumeId = s.VolumeId,
        VolumeSize = s.VolumeSize,
        State = s.State,
        Progress = s.Progress,
        CreationDate = s.CreationDate,
        Description = s.Description,
        AccountId = s.AccountId,
        Tags = All(s.Tags, ToModel),
        PermissionsToCreateVolume = s.PermissionsToCreateVolume is { } permissions ? ToModel(permissions) : null,
        AdditionalProperties = AdditionalMembers.Read(s.AdditionalProperties),
    };

    public static OksResourceTag ToModel(Generated.ResourceTag t) => new()
    {
        Key = t.Key,
        Value = t.Value,
        AdditionalProperties = AdditionalMembers.Read(t.AdditionalProperties),
    };

    public static OksResourcePermissions ToModel(Generated.PermissionsOnResource p) => new()
    {
        GlobalPermission = p.GlobalPermission,
        AccountIds = Strings(p.AccountIds),
        AdditionalProperties = AdditionalMembers.Read(p.AdditionalProperties),
    };

    public static OksPublicIp ToModel(Generated.ProjectPublicIp ip) => new()
    {
        PublicIp = ip.PublicIp,
        PublicIpId = ip.PublicIpId,
        Tags = All(ip.Tags, ToModel),
        AdditionalProperties = AdditionalMembers.Read(ip.AdditionalProperties),
    };

    public static OksNet ToModel(Generated.ProjectNet n) => new()
    {
        NetId = n.NetId,
        IpRange = n.IpRange,
        State = n.State,
        Tenancy = n.Tenancy,
        DhcpOptionsSetId = n.DhcpOptionsSetId,
        AdditionalProperties = AdditionalMembers.Read(n.AdditionalProperties),
    };

    public static OksEimUser ToModel(Generated.EimUser u) => new()
    {
        UserName = u.UserName,
        AccessKeys = All(u.AccessKeys, ToModel),
        AdditionalProperties = AdditionalMembers.Read(u.AdditionalProperties),
    };

    public static OksEimAccessKey ToModel(Generated.EimAccessKey k) => new()
    {
        AccessKeyId = k.AccessKeyId,
        SecretKey = k.SecretKey,
        State = k.State,
        CreationDate = k.CreationDate,
        ExpirationDate = k.ExpirationDate,
        AdditionalProperties = AdditionalMembers.Read(k.AdditionalProperties),
    };

    public static OksEimUserType ToModel(Generated.EimUserType t) => new()
    {
        UserType = t.UserType,
        Description = t.Description,
        AdditionalProperties = AdditionalMembers.Read(t.AdditionalProperties),
    };

    // ------------------------------------------------------------------ to the wire

    public static Generated.ProjectCreateRequest ToWire(OksProjectCreateRequest r, string region) => new()
    {
        Name = r.Name!,
        Cidr = r.Cidr!,
        Region = region,
        Description = r.Description,
        Tags = Send(r.Tags),
        Net_specific = r.NetSpecific is { } net ? ToWire(net) : null,
        Quirks = Send(r.Quirks),
        Disable_api_termination = r.DisableApiTermination,
        AdditionalProperties = AdditionalMembers.Write(r.AdditionalProperties),
    };

    public static Generated.NetSpecific ToWire(OksNetSpecific n) => new()
    {
        Disable_lan_security_groups = n.DisableLanSecurityGroups,
        AdditionalProperties = AdditionalMembers.Write(n.AdditionalProperties),
    };

    public static Generated.ProjectUpdateRequest ToWire(OksProjectUpdateRequest r) => new()
    {
        Description = r.Description,
        Tags = Send(r.Tags),
        Quirks = Send(r.Quirks),
        Disable_api_termination = r.DisableApiTermination,
    };
}
