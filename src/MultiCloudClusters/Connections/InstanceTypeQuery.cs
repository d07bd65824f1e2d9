namespace MultiCloudClusters.Connections;

/// <summary>Filters for <see cref="IConnectionProvider.ListInstanceTypesAsync"/>; every member is optional.</summary>
public sealed class InstanceTypeQuery
{
    /// <summary>The region to look in; the connection's own region when null.</summary>
    public string? Region { get; init; }

    /// <summary>CPU architecture: <c>x86_64</c> or <c>arm64</c>.</summary>
    public string? Architecture { get; init; }

    /// <summary>At least this many vCPUs (1 or more).</summary>
    public int? MinVCpus { get; init; }

    /// <summary>At least this much memory in MiB (1024 or more).</summary>
    public int? MinMemoryMiB { get; init; }

    /// <summary>The most types to return (1 to 100); the provider's default when null.</summary>
    public int? Limit { get; init; }
}
