namespace MultiCloudClusters.DependencyInjection;

/// <summary>A provider registered in the container, under its key.</summary>
/// <param name="Key">The provider key, e.g. <c>oks</c>.</param>
/// <param name="Kind">Whether it is a cluster or a connection provider.</param>
public sealed record ProviderRegistration(string Key, ProviderKind Kind);

/// <summary>The interface a registered provider implements.</summary>
public enum ProviderKind
{
    /// <summary><see cref="Clusters.IClusterProvider"/>.</summary>
    Cluster,

    /// <summary><see cref="Connections.IConnectionProvider"/>.</summary>
    Connection,
}
