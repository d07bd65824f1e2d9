namespace MultiCloudClusters.Clusters;

/// <summary>Narrows a cluster list.</summary>
public sealed class ClusterQuery
{
    /// <summary>
    /// Where to look, in the provider's terms: OKS a project id (all projects when null), AME an
    /// environment of the configured organisation; ignored by providers without scopes.
    /// </summary>
    public string? Scope { get; init; }

    /// <summary>Items per page requested from the server; null for the provider's default.</summary>
    public int? PageSize { get; init; }
}
