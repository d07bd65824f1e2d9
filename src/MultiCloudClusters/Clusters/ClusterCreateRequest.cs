namespace MultiCloudClusters.Clusters;

/// <summary>What every provider needs to create a cluster, plus the provider's typed options.</summary>
public sealed class ClusterCreateRequest
{
    /// <summary>The cluster name (each provider checks its own naming rule before sending).</summary>
    public required string Name { get; init; }

    /// <summary>The version to run; null for the provider's default.</summary>
    public string? Version { get; init; }

    /// <summary>The region or location, where the provider takes one.</summary>
    public string? Region { get; init; }

    /// <summary>Tags or labels.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The provider's typed options (required by some providers, e.g. OKS needs a project).</summary>
    public ProviderClusterOptions? Options { get; init; }
}
