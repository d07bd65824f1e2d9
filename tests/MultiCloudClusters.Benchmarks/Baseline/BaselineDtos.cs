using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Benchmarks.Baseline;

// Hand-written DTOs for the baseline: every member the fixed responses carry, read through the
// System.Text.Json source generator (no reflection). Names are matched exactly (case-sensitive), as a
// hand-written client for one known API would.
#pragma warning disable CA1812, CA2227, CA1002 // instantiated by the serializer; DTOs with settable collections

internal sealed class OksClusterEnvelope
{
    [JsonPropertyName("ResponseContext")] public OksResponseContext? ResponseContext { get; set; }
    [JsonPropertyName("Cluster")] public OksCluster? Cluster { get; set; }
}

internal sealed class OksClusterList
{
    [JsonPropertyName("ResponseContext")] public OksResponseContext? ResponseContext { get; set; }
    [JsonPropertyName("Pagination")] public OksPagination? Pagination { get; set; }
    [JsonPropertyName("Clusters")] public List<OksCluster>? Clusters { get; set; }
}

internal sealed class OksPagination
{
    [JsonPropertyName("cursor")] public OksPaginationCursor? Cursor { get; set; }
}

internal sealed class OksPaginationCursor
{
    [JsonPropertyName("next_cursor")] public string? NextCursor { get; set; }
}

internal sealed class OksResponseContext
{
    [JsonPropertyName("RequestId")] public string? RequestId { get; set; }
}

internal sealed class OksCluster
{
    [JsonPropertyName("project_id")] public string? ProjectId { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("cp_multi_az")] public bool CpMultiAz { get; set; }
    [JsonPropertyName("cp_subregions")] public List<string>? CpSubregions { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("expected_version")] public string? ExpectedVersion { get; set; }
    [JsonPropertyName("cni")] public string? Cni { get; set; }
    [JsonPropertyName("admin_lbu")] public bool AdminLbu { get; set; }
    [JsonPropertyName("admission_flags")] public OksAdmissionFlags? AdmissionFlags { get; set; }
    [JsonPropertyName("cidr_pods")] public string? CidrPods { get; set; }
    [JsonPropertyName("cidr_service")] public string? CidrService { get; set; }
    [JsonPropertyName("cluster_dns")] public string? ClusterDns { get; set; }
    [JsonPropertyName("tags")] public Dictionary<string, string>? Tags { get; set; }
    [JsonPropertyName("auto_maintenances")] public OksAutoMaintenances? AutoMaintenances { get; set; }
    [JsonPropertyName("maintenance_window")] public OksMaintenance? MaintenanceWindow { get; set; }
    [JsonPropertyName("control_planes")] public string? ControlPlanes { get; set; }
    [JsonPropertyName("expected_control_planes")] public string? ExpectedControlPlanes { get; set; }
    [JsonPropertyName("admin_whitelist")] public List<string>? AdminWhitelist { get; set; }
    [JsonPropertyName("statuses")] public OksStatuses? Statuses { get; set; }
    [JsonPropertyName("disable_api_termination")] public bool DisableApiTermination { get; set; }
    [JsonPropertyName("auth")] public OksAuth? Auth { get; set; }
}

internal sealed class OksAdmissionFlags
{
    [JsonPropertyName("disable_admission_plugins")] public List<string>? Disable { get; set; }
    [JsonPropertyName("enable_admission_plugins")] public List<string>? Enable { get; set; }
    [JsonPropertyName("applied_admission_plugins")] public List<string>? Applied { get; set; }
}

internal sealed class OksAutoMaintenances
{
    [JsonPropertyName("minor_upgrade_maintenance")] public OksMaintenance? Minor { get; set; }
    [JsonPropertyName("patch_upgrade_maintenance")] public OksMaintenance? Patch { get; set; }
}

internal sealed class OksMaintenance
{
    [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
    [JsonPropertyName("duration_hours")] public int DurationHours { get; set; }
    [JsonPropertyName("start_hour")] public int StartHour { get; set; }
    [JsonPropertyName("week_day")] public string? WeekDay { get; set; }
    [JsonPropertyName("tz")] public string? Tz { get; set; }
}

internal sealed class OksStatuses
{
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("deleted_at")] public DateTimeOffset? DeletedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("available_upgrade")] public string? AvailableUpgrade { get; set; }
}

internal sealed class OksAuth
{
    [JsonPropertyName("oidc")] public OksOidc? Oidc { get; set; }
}

internal sealed class OksOidc
{
    [JsonPropertyName("issuer-url")] public string? IssuerUrl { get; set; }
    [JsonPropertyName("client-id")] public string? ClientId { get; set; }
    [JsonPropertyName("username-claim")] public string? UsernameClaim { get; set; }
    [JsonPropertyName("username-prefix")] public string? UsernamePrefix { get; set; }
    [JsonPropertyName("groups-claim")] public List<string>? GroupsClaim { get; set; }
    [JsonPropertyName("groups-prefix")] public string? GroupsPrefix { get; set; }
    [JsonPropertyName("required-claim")] public Dictionary<string, JsonElement>? RequiredClaim { get; set; }
}

internal sealed class OksKubeconfigEnvelope
{
    [JsonPropertyName("ResponseContext")] public OksResponseContext? ResponseContext { get; set; }
    [JsonPropertyName("Cluster")] public OksKubeconfigResult? Cluster { get; set; }
}

internal sealed class OksKubeconfigResult
{
    [JsonPropertyName("request_id")] public string? RequestId { get; set; }
    [JsonPropertyName("data")] public OksKubeconfigData? Data { get; set; }
}

internal sealed class OksKubeconfigData
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("kubeconfig")] public string? Kubeconfig { get; set; }
}

internal sealed class EksDescribeResponse
{
    [JsonPropertyName("cluster")] public EksCluster? Cluster { get; set; }
}

internal sealed class EksCluster
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("arn")] public string? Arn { get; set; }
    [JsonPropertyName("createdAt")] public double? CreatedAt { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("endpoint")] public string? Endpoint { get; set; }
    [JsonPropertyName("roleArn")] public string? RoleArn { get; set; }
    [JsonPropertyName("resourcesVpcConfig")] public EksVpcConfig? ResourcesVpcConfig { get; set; }
    [JsonPropertyName("kubernetesNetworkConfig")] public EksNetworkConfig? KubernetesNetworkConfig { get; set; }
    [JsonPropertyName("logging")] public EksLogging? Logging { get; set; }
    [JsonPropertyName("identity")] public EksIdentity? Identity { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("certificateAuthority")] public EksCertificate? CertificateAuthority { get; set; }
    [JsonPropertyName("clientRequestToken")] public string? ClientRequestToken { get; set; }
    [JsonPropertyName("platformVersion")] public string? PlatformVersion { get; set; }
    [JsonPropertyName("tags")] public Dictionary<string, string>? Tags { get; set; }
    [JsonPropertyName("deletionProtection")] public bool? DeletionProtection { get; set; }
}

internal sealed class EksVpcConfig
{
    [JsonPropertyName("subnetIds")] public List<string>? SubnetIds { get; set; }
    [JsonPropertyName("securityGroupIds")] public List<string>? SecurityGroupIds { get; set; }
    [JsonPropertyName("clusterSecurityGroupId")] public string? ClusterSecurityGroupId { get; set; }
    [JsonPropertyName("vpcId")] public string? VpcId { get; set; }
    [JsonPropertyName("endpointPublicAccess")] public bool? EndpointPublicAccess { get; set; }
    [JsonPropertyName("endpointPrivateAccess")] public bool? EndpointPrivateAccess { get; set; }
    [JsonPropertyName("publicAccessCidrs")] public List<string>? PublicAccessCidrs { get; set; }
}

internal sealed class EksNetworkConfig
{
    [JsonPropertyName("serviceIpv4Cidr")] public string? ServiceIpv4Cidr { get; set; }
    [JsonPropertyName("ipFamily")] public string? IpFamily { get; set; }
}

internal sealed class EksLogging
{
    [JsonPropertyName("clusterLogging")] public List<EksLogSetup>? ClusterLogging { get; set; }
}

internal sealed class EksLogSetup
{
    [JsonPropertyName("types")] public List<string>? Types { get; set; }
    [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
}

internal sealed class EksIdentity
{
    [JsonPropertyName("oidc")] public EksOidc? Oidc { get; set; }
}

internal sealed class EksOidc
{
    [JsonPropertyName("issuer")] public string? Issuer { get; set; }
}

internal sealed class EksCertificate
{
    [JsonPropertyName("data")] public string? Data { get; set; }
}

internal sealed class LakeSailConnectionList
{
    [JsonPropertyName("items")] public List<LakeSailConnection>? Items { get; set; }
    [JsonPropertyName("included")] public LakeSailIncluded? Included { get; set; }
    [JsonPropertyName("marker")] public string? Marker { get; set; }
}

internal sealed class LakeSailIncluded
{
    [JsonPropertyName("operations")] public List<JsonElement>? Operations { get; set; }
}

internal sealed class LakeSailConnection
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("providerConfig")] public LakeSailProviderConfig? ProviderConfig { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("statusMessage")] public string? StatusMessage { get; set; }
    [JsonPropertyName("lastUsedAt")] public string? LastUsedAt { get; set; }
    [JsonPropertyName("templateSyncedAt")] public string? TemplateSyncedAt { get; set; }
    [JsonPropertyName("templateSyncMessage")] public string? TemplateSyncMessage { get; set; }
    [JsonPropertyName("createdAt")] public string? CreatedAt { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("updatedAt")] public string? UpdatedAt { get; set; }
    [JsonPropertyName("updatedBy")] public string? UpdatedBy { get; set; }
}

internal sealed class LakeSailProviderConfig
{
    [JsonPropertyName("accountId")] public string? AccountId { get; set; }
    [JsonPropertyName("region")] public string? Region { get; set; }
    [JsonPropertyName("roleArn")] public string? RoleArn { get; set; }
    [JsonPropertyName("externalIdSecretArn")] public string? ExternalIdSecretArn { get; set; }
    [JsonPropertyName("stackArn")] public string? StackArn { get; set; }
}

internal sealed class AmeClusterPage
{
    [JsonPropertyName("content")] public List<AmeCluster>? Content { get; set; }
    [JsonPropertyName("empty")] public bool? Empty { get; set; }
    [JsonPropertyName("first")] public bool? First { get; set; }
    [JsonPropertyName("last")] public bool? Last { get; set; }
    [JsonPropertyName("number")] public int? Number { get; set; }
    [JsonPropertyName("numberOfElements")] public int? NumberOfElements { get; set; }
    [JsonPropertyName("size")] public int? Size { get; set; }
    [JsonPropertyName("totalElements")] public long? TotalElements { get; set; }
    [JsonPropertyName("totalPages")] public int? TotalPages { get; set; }
    [JsonPropertyName("pageable")] public AmePageable? Pageable { get; set; }
    [JsonPropertyName("sort")] public JsonElement? Sort { get; set; }
}

internal sealed class AmePageable
{
    [JsonPropertyName("offset")] public long? Offset { get; set; }
    [JsonPropertyName("pageNumber")] public int? PageNumber { get; set; }
    [JsonPropertyName("pageSize")] public int? PageSize { get; set; }
    [JsonPropertyName("paged")] public bool? Paged { get; set; }
    [JsonPropertyName("unpaged")] public bool? Unpaged { get; set; }
}

internal sealed class AmeCluster
{
    [JsonPropertyName("identity")] public Guid? Identity { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("customerIdentity")] public Guid? CustomerIdentity { get; set; }
    [JsonPropertyName("customerSlug")] public string? CustomerSlug { get; set; }
    [JsonPropertyName("environmentIdentity")] public Guid? EnvironmentIdentity { get; set; }
    [JsonPropertyName("environmentSlug")] public string? EnvironmentSlug { get; set; }
    [JsonPropertyName("cloudProvider")] public string? CloudProvider { get; set; }
    [JsonPropertyName("cloudAccount")] public AmeCloudAccount? CloudAccount { get; set; }
    [JsonPropertyName("region")] public string? Region { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("updateChannel")] public AmeUpdateChannel? UpdateChannel { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("desiredStatus")] public string? DesiredStatus { get; set; }
    [JsonPropertyName("provisionStatus")] public string? ProvisionStatus { get; set; }
    [JsonPropertyName("actualState")] public AmeActualState? ActualState { get; set; }
    [JsonPropertyName("cni")] public string? Cni { get; set; }
    [JsonPropertyName("podSecurityStandardsProfile")] public string? PodSecurityStandardsProfile { get; set; }
    [JsonPropertyName("clusterPodSubnet")] public string? ClusterPodSubnet { get; set; }
    [JsonPropertyName("serviceSubnet")] public string? ServiceSubnet { get; set; }
    [JsonPropertyName("autoUpgrade")] public bool? AutoUpgrade { get; set; }
    [JsonPropertyName("highlyAvailable")] public bool? HighlyAvailable { get; set; }
    [JsonPropertyName("enableMultiAvailabilityZones")] public bool? EnableMultiAvailabilityZones { get; set; }
    [JsonPropertyName("enableNATGateway")] public bool? EnableNatGateway { get; set; }
    [JsonPropertyName("enableNetworkEncryption")] public bool? EnableNetworkEncryption { get; set; }
    [JsonPropertyName("ameOIDC")] public bool? AmeOidc { get; set; }
    [JsonPropertyName("deleteProtection")] public bool? DeleteProtection { get; set; }
    [JsonPropertyName("environmentPrometheusRules")] public bool? EnvironmentPrometheusRules { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("modifiedAt")] public DateTimeOffset? ModifiedAt { get; set; }
    [JsonPropertyName("deletedAt")] public DateTimeOffset? DeletedAt { get; set; }
}

internal sealed class AmeCloudAccount
{
    [JsonPropertyName("identity")] public Guid? Identity { get; set; }
    [JsonPropertyName("displayName")] public string? DisplayName { get; set; }
}

internal sealed class AmeUpdateChannel
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("available")] public bool? Available { get; set; }
    [JsonPropertyName("kubernetesClusterVersion")] public string? KubernetesClusterVersion { get; set; }
}

internal sealed class AmeActualState
{
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("collectedAt")] public DateTimeOffset? CollectedAt { get; set; }
}

/// <summary>The source-generated serializer context of the baseline.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(OksClusterEnvelope))]
[JsonSerializable(typeof(OksClusterList))]
[JsonSerializable(typeof(OksKubeconfigEnvelope))]
[JsonSerializable(typeof(EksDescribeResponse))]
[JsonSerializable(typeof(LakeSailConnectionList))]
[JsonSerializable(typeof(AmeClusterPage))]
internal sealed partial class BaselineJson : JsonSerializerContext;
