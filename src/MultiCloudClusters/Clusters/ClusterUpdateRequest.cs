namespace MultiCloudClusters.Clusters;

/// <summary>A change to a cluster: members left null stay as they are.</summary>
public sealed class ClusterUpdateRequest
{
    /// <summary>New tags or labels (replacing the old set), or null to keep them.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>A new description, where the provider has one.</summary>
    public string? Description { get; init; }

    /// <summary>The provider's typed update options.</summary>
    public ProviderClusterOptions? Options { get; init; }
}
