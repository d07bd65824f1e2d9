using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// An instance type available through a LakeSail connection, as the platform sends it: the <c>Native</c> of a <see
/// cref="CloudInstanceType"/>.
/// </summary>
public sealed class LakeSailInstanceType : ProviderResult
{
    /// <summary>The cloud, e.g. <c>aws</c>.</summary>
    public string? Provider { get; init; }

    /// <summary>The type name, e.g. <c>m6i.xlarge</c>.</summary>
    public required string InstanceType { get; init; }

    /// <summary>Virtual CPUs.</summary>
    public int? VCpus { get; init; }

    /// <summary>Memory in MiB.</summary>
    public long? MemoryMiB { get; init; }

    /// <summary>The CPU architecture, e.g. <c>x86_64</c> or <c>arm64</c>.</summary>
    public string? Architecture { get; init; }

    /// <summary>GPUs.</summary>
    public int? GpuCount { get; init; }

    /// <summary>The family, e.g. <c>m6i</c>.</summary>
    public string? InstanceFamily { get; init; }

    /// <summary>The most pods a node of this type runs.</summary>
    public int? MaxPods { get; init; }

    /// <summary>A grouping label.</summary>
    public string? Group { get; init; }

    /// <summary>CPU left for workloads, in millicores.</summary>
    public long? AllocatableMilliCpu { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailInstanceType({ServerText.CleanShort(InstanceType)})";
}
