using MultiCloudClusters.Http;

namespace MultiCloudClusters.Connections;

/// <summary>A machine type available through a connection.</summary>
public sealed class CloudInstanceType : ProviderResult
{
    /// <summary>The type name, e.g. <c>m6i.xlarge</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Virtual CPUs.</summary>
    public int? VCpus { get; init; }

    /// <summary>Memory in MiB.</summary>
    public long? MemoryMiB { get; init; }

    /// <summary>CPU architecture, e.g. <c>x86_64</c> or <c>arm64</c>.</summary>
    public string? Architecture { get; init; }

    /// <summary>GPUs.</summary>
    public int? GpuCount { get; init; }

    /// <summary>The family, e.g. <c>m6i</c>.</summary>
    public string? Family { get; init; }

    /// <summary>Most pods a node of this type runs.</summary>
    public int? MaxPods { get; init; }

    /// <summary>A grouping label, e.g. <c>general</c>.</summary>
    public string? Group { get; init; }

    /// <summary>CPU left for workloads, in millicores.</summary>
    public long? AllocatableMilliCpu { get; init; }

    /// <summary>The cloud it belongs to (e.g. <c>aws</c>).</summary>
    public string? CloudProvider { get; init; }

    /// <summary>The provider's own object, a hand-written model with every member the provider sent (LakeSail: <see cref="Providers.LakeSail.LakeSailInstanceType"/>).</summary>
    public object? Native { get; init; }

    /// <inheritdoc />
    private protected override ProviderResult? Carried => Native as ProviderResult;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({VCpus} vCPU, {MemoryMiB} MiB, {Architecture})";
}
