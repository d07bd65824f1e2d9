using System.Text.Json;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.LakeSail.Generated;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>Generated LakeSail objects → the hand-written LakeSail models, every member kept (unknown ones as JSON).</summary>
internal static partial class LakeSailMapper
{
    public static LakeSailConnection ToNative(Generated.Connection connection) => new()
    {
        Id = ProviderCall.Require(Provider, connection.Id, "id"),
        Name = connection.Name,
        Provider = connection.Provider,
        ProviderConfig = connection.ProviderConfig is { } config ? ToNative(config) : null,
        Status = connection.Status,
        StatusMessage = connection.StatusMessage,
        LastUsedAt = connection.LastUsedAt,
        TemplateSyncedAt = connection.TemplateSyncedAt,
        TemplateSyncMessage = connection.TemplateSyncMessage,
        CreatedAt = connection.CreatedAt,
        CreatedBy = connection.CreatedBy,
        UpdatedAt = connection.UpdatedAt,
        UpdatedBy = connection.UpdatedBy,
        AdditionalProperties = AdditionalMembers.Of(connection.AdditionalProperties),
    };

    public static LakeSailOperation ToNative(Generated.Operation operation) => new()
    {
        Id = ProviderCall.Require(Provider, operation.Id, "operation.id"),
        OrganizationId = operation.OrganizationId,
        MemberId = operation.MemberId,
        Operation = operation.Operation1,
        Status = operation.Status,
        Result = operation.Result is null ? null : AdditionalMembers.ToElement(operation.Result),
        Error = operation.Error is { } error ? ToNative(error) : null,
        Progress = operation.Progress is { } progress ? ToNative(progress) : null,
        ResourceType = operation.ResourceType,
        ResourceId = operation.ResourceId,
        CreatedAt = operation.CreatedAt,
        UpdatedAt = operation.UpdatedAt,
        StartedAt = operation.StartedAt,
        CompletedAt = operation.CompletedAt,
        AdditionalProperties = AdditionalMembers.Of(operation.AdditionalProperties),
    };

    public static LakeSailConnectionTemplate ToNative(Generated.ConnectionTemplate template) => new()
    {
        TemplateUrl = template.TemplateUrl,
        QuickLaunchUrl = template.QuickLaunchUrl,
        DownloadUrl = template.DownloadUrl,
        Parameters = template.Parameters is { } p
            ? new LakeSailTemplateParameters
            {
                ConnectionId = p.ConnectionId,
                LakeSailPrincipal = p.LakeSailPrincipal,
                ExternalId = p.ExternalId,
                AdditionalProperties = AdditionalMembers.Of(p.AdditionalProperties),
            }
            : null,
        AdditionalProperties = AdditionalMembers.Of(template.AdditionalProperties),
    };

    public static LakeSailRegion ToNative(Generated.Region region) => new()
    {
        Provider = region.Provider,
        RegionCode = ProviderCall.Require(Provider, region.RegionCode, "items[].regionCode"),
        RegionName = region.RegionName,
        Group = region.Group,
        AdditionalProperties = AdditionalMembers.Of(region.AdditionalProperties),
    };

    public static LakeSailInstanceTypeList ToNative(Generated.InstanceTypeList list) => new()
    {
        Items = [.. ProviderCall.Require(Provider, list.Items, "items").Select(ToNative)],
        Metadata = list.Metadata is { } m
            ? new LakeSailInstanceTypeMetadata
            {
                Provider = m.Provider,
                SystemPodsPerNode = m.SystemPodsPerNode,
                SystemPodsPerSystemNode = m.SystemPodsPerSystemNode,
                SystemPodsFixed = m.SystemPodsFixed,
                SystemPodsPerNodeMargin = m.SystemPodsPerNodeMargin,
                SystemPodsFixedMargin = m.SystemPodsFixedMargin,
                SystemMilliCpuPerNode = m.SystemMilliCPUPerNode,
                SystemMilliCpuFixed = m.SystemMilliCPUFixed,
                KarpenterMilliCpuPerReplica = m.KarpenterMilliCPUPerReplica,
                KarpenterReplicas = m.KarpenterReplicas,
                AdditionalProperties = AdditionalMembers.Of(m.AdditionalProperties),
            }
            : null,
        AdditionalProperties = AdditionalMembers.Of(list.AdditionalProperties),
    };

    private static LakeSailInstanceType ToNative(Generated.InstanceTypeInfo type) => new()
    {
        Provider = type.Provider,
        InstanceType = ProviderCall.Require(Provider, type.InstanceType, "items[].instanceType"),
        VCpus = type.VCpus,
        MemoryMiB = type.MemoryMiB,
        Architecture = type.Architecture,
        GpuCount = type.GpuCount,
        InstanceFamily = type.InstanceFamily,
        MaxPods = type.MaxPods,
        Group = type.Group,
        AllocatableMilliCpu = type.AllocatableMilliCpu,
        AdditionalProperties = AdditionalMembers.Of(type.AdditionalProperties),
    };

    private static LakeSailProviderConfig ToNative(Generated.ProviderConfig config) => new()
    {
        AccountId = config.AccountId,
        Region = config.Region,
        RoleArn = config.RoleArn,
        ExternalIdSecretArn = config.ExternalIdSecretArn,
        StackArn = config.StackArn,
        AdditionalProperties = AdditionalMembers.Of(config.AdditionalProperties),
    };

    private static LakeSailOperationError ToNative(Generated.ErrorInfo error) => new()
    {
        Code = error.Code,
        Message = error.Message,
        ErrorType = error.ErrorType,
        Details = error.Details is { } d
            ? new LakeSailErrorDetails
            {
                Retryable = d.Retryable,
                RetryAfter = d.RetryAfter,
                // A field named without a message keeps its name; the unified error says "is not valid" for it.
                FieldErrors = (d.FieldErrors ?? []).ToDictionary(f => f.Key, f => f.Value ?? string.Empty, StringComparer.Ordinal),
                RequestId = d.RequestId,
                CausedBy = d.CausedBy,
                AdditionalProperties = AdditionalMembers.Of(d.AdditionalProperties),
            }
            : null,
        AdditionalProperties = AdditionalMembers.Of(error.AdditionalProperties),
    };

    private static LakeSailOperationProgress ToNative(Generated.OperationProgress progress) => new()
    {
        Stage = progress.Stage,
        Message = progress.Message,
        Resources = [.. (progress.Resources ?? []).OfType<Generated.OperationResource>().Select(r => new LakeSailOperationResource
        {
            Urn = r.Urn,
            Type = r.Type,
            Name = r.Name,
            Operation = r.Operation,
            Status = r.Status,
            Duration = r.Duration,
            AdditionalProperties = AdditionalMembers.Of(r.AdditionalProperties),
        })],
        Summary = progress.Summary is { } s
            ? new LakeSailOperationSummary
            {
                Total = s.Total,
                Pending = s.Pending,
                Running = s.Running,
                Succeeded = s.Succeeded,
                Failed = s.Failed,
                Unchanged = s.Unchanged,
                AdditionalProperties = AdditionalMembers.Of(s.AdditionalProperties),
            }
            : null,
        AdditionalProperties = AdditionalMembers.Of(progress.AdditionalProperties),
    };
}
