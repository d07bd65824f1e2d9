using MultiCloudClusters.Connections;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.LakeSail.Generated;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// LakeSail objects ⇄ the unified connection models. Generated answers become the hand-written LakeSail models first
/// (<c>LakeSailMapper.Native.cs</c>); the unified models are made from those and carry them in <c>Native</c>.
/// Members the API promises are required; the rest stay optional.
/// </summary>
internal static partial class LakeSailMapper
{
    private const string Provider = LakeSailConnectionProvider.ProviderName;

    /// <summary>The unified connection reached through <paramref name="registration"/>, with the operations listed beside it.</summary>
    public static CloudConnection ToConnection(Generated.Connection connection, string registration, IReadOnlyList<CloudOperation>? operations = null) =>
        ToConnection(ToNative(connection), registration, operations);

    /// <summary>The unified connection reached through <paramref name="registration"/>, carrying <paramref name="connection"/> as its native object.</summary>
    public static CloudConnection ToConnection(LakeSailConnection connection, string registration, IReadOnlyList<CloudOperation>? operations = null) => new()
    {
        Provider = Provider,
        Registration = registration,
        Id = connection.Id,
        Name = connection.Name ?? connection.Id,
        CloudProvider = connection.Provider,
        Account = ToAccount(connection.ProviderConfig),
        Status = connection.Status,
        StatusMessage = connection.StatusMessage,
        TemplateSyncedAt = ParseTime(connection.TemplateSyncedAt),
        TemplateSyncMessage = connection.TemplateSyncMessage,
        CreatedAt = ParseTime(connection.CreatedAt),
        UpdatedAt = ParseTime(connection.UpdatedAt),
        Operations = operations ?? [],
        Native = connection,
    };

    public static Generated.ProviderConfig? ToProviderConfig(CloudAccountConfig? account) => account is null
        ? null
        : new Generated.ProviderConfig
        {
            AccountId = account.AccountId,
            Region = account.Region,
            RoleArn = account.RoleArn,
            ExternalIdSecretArn = account.ExternalIdSecretArn,
            StackArn = account.StackArn,
        };

    public static CloudOperation ToOperation(Generated.Operation operation) => ToOperation(ToNative(operation));

    public static CloudOperation ToOperation(LakeSailOperation operation)
    {
        var status = LakeSailStatusMap.Map(operation.Status);
        var failed = status is CloudOperationStatus.Failed or CloudOperationStatus.Cancelled;
        return new CloudOperation(Provider, operation.Id)
        {
            Kind = operation.Operation,
            Status = status,
            RawStatus = operation.Status,
            Progress = operation.Progress is { } progress ? ToProgress(progress) : null,

            // An error on unfinished work is a warning the platform may still get past; a failure always gets one.
            Error = operation.Error is not null || failed ? LakeSailErrorParser.FromOperationError(operation.Error, operation.Status) : null,
            ErrorType = operation.Error?.ErrorType,
            ErrorCause = operation.Error?.Details?.CausedBy,
            ResourceType = operation.ResourceType,
            ResourceId = operation.ResourceId,
            CreatedAt = ParseTime(operation.CreatedAt),
            UpdatedAt = ParseTime(operation.UpdatedAt),
            StartedAt = ParseTime(operation.StartedAt),
            CompletedAt = ParseTime(operation.CompletedAt),
            Result = operation.Result,
            Native = operation,
        };
    }

    public static ConnectionTemplate ToTemplate(string connectionId, LakeSailConnectionTemplate template)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (template.Parameters is { } p)
        {
            Add(parameters, "ConnectionId", p.ConnectionId);
            Add(parameters, "LakeSailPrincipal", p.LakeSailPrincipal);
            Add(parameters, "ExternalId", p.ExternalId);
            foreach (var (name, value) in p.AdditionalProperties)
            {
                Add(parameters, name, value.ToString());
            }
        }

        return new ConnectionTemplate
        {
            ConnectionId = connectionId,
            TemplateUrl = ToUri(template.TemplateUrl, "templateUrl"),
            QuickLaunchUrl = ToUri(template.QuickLaunchUrl, "quickLaunchUrl"),
            DownloadUrl = ToUri(template.DownloadUrl, "downloadUrl"),
            Parameters = parameters,
            Native = template,
        };
    }

    public static CloudRegion ToRegion(LakeSailRegion region) => new()
    {
        Code = region.RegionCode,
        Name = region.RegionName,
        Group = region.Group,
        CloudProvider = region.Provider,
        Native = region,
    };

    public static CloudInstanceType ToInstanceType(LakeSailInstanceType type) => new()
    {
        Name = type.InstanceType,
        VCpus = type.VCpus,
        MemoryMiB = type.MemoryMiB,
        Architecture = type.Architecture,
        GpuCount = type.GpuCount,
        Family = type.InstanceFamily,
        MaxPods = type.MaxPods,
        Group = type.Group,
        AllocatableMilliCpu = type.AllocatableMilliCpu,
        CloudProvider = type.Provider,
        Native = type,
        RequestId = type.RequestId,
    };

    /// <summary>Timestamps are plain strings in the spec; one that does not parse is left null (the raw text stays in <c>Native</c>).</summary>
    public static DateTimeOffset? ParseTime(string? value) => IsoTimestamp.Parse(value);

    private static CloudAccountConfig ToAccount(LakeSailProviderConfig? config) => config is null
        ? new CloudAccountConfig()
        : new CloudAccountConfig
        {
            AccountId = config.AccountId,
            Region = config.Region,
            RoleArn = config.RoleArn,
            ExternalIdSecretArn = config.ExternalIdSecretArn,
            StackArn = config.StackArn,
        };

    private static CloudOperationProgress ToProgress(LakeSailOperationProgress progress) => new()
    {
        Stage = progress.Stage,
        Message = progress.Message,
        Counts = progress.Summary is { } s
            ? new CloudOperationResourceCounts
            {
                Total = s.Total ?? 0,
                Pending = s.Pending ?? 0,
                Running = s.Running ?? 0,
                Succeeded = s.Succeeded ?? 0,
                Failed = s.Failed ?? 0,
                Unchanged = s.Unchanged ?? 0,
            }
            : null,
    };

    private static Uri? ToUri(string? value, string member)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw ProviderCall.Malformed(Provider, 200, $"The response's '{member}' is not an absolute URL");
    }

    private static void Add(Dictionary<string, string> parameters, string name, string? value)
    {
        if (value is not null)
        {
            parameters[name] = value;
        }
    }
}
