namespace MultiCloudClusters.Connections;

/// <summary>How far an operation has come, as the platform reports it.</summary>
public sealed record CloudOperationProgress
{
    /// <summary>The current stage, e.g. <c>updating-stack</c>.</summary>
    public string? Stage { get; init; }

    /// <summary>What is happening now.</summary>
    public string? Message { get; init; }

    /// <summary>Resource counts by state, when the platform gave them.</summary>
    public CloudOperationResourceCounts? Counts { get; init; }
}
