using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// How far a LakeSail operation has come, as the platform sends it.
/// </summary>
public sealed class LakeSailOperationProgress
{
    /// <summary>The current stage, e.g. <c>updating-stack</c>.</summary>
    public string? Stage { get; init; }

    /// <summary>What is happening now.</summary>
    public string? Message { get; init; }

    /// <summary>The resources touched (empty when none were listed).</summary>
    public IReadOnlyList<LakeSailOperationResource> Resources { get; init; } = [];

    /// <summary>Resource counts by state.</summary>
    public LakeSailOperationSummary? Summary { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailOperationProgress({ServerText.CleanShort(Stage)}, {Resources.Count} resource(s))";
}
