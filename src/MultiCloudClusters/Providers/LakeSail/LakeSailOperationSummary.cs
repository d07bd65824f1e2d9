using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// Resource counts of a LakeSail operation by state.
/// </summary>
public sealed class LakeSailOperationSummary
{
    /// <summary>All resources.</summary>
    public int? Total { get; init; }

    /// <summary>Resources not started.</summary>
    public int? Pending { get; init; }

    /// <summary>Resources in progress.</summary>
    public int? Running { get; init; }

    /// <summary>Resources done.</summary>
    public int? Succeeded { get; init; }

    /// <summary>Resources that failed.</summary>
    public int? Failed { get; init; }

    /// <summary>Resources left as they were.</summary>
    public int? Unchanged { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailOperationSummary({Succeeded}/{Total} succeeded, {Failed} failed)";
}
