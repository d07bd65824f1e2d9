namespace MultiCloudClusters.DependencyInjection;

/// <summary>A provider registered in the container: one per account, region or project.</summary>
/// <param name="Name">The registration name, e.g. <c>oks-prod</c> (the provider key when none was given).</param>
/// <param name="Provider">The provider key, e.g. <c>oks</c>.</param>
/// <param name="Kind">Whether it is a cluster or a connection provider.</param>
internal sealed record ProviderRegistration(string Name, string Provider, ProviderKind Kind);

/// <summary>The interface a registered provider implements.</summary>
internal enum ProviderKind
{
    /// <summary><see cref="Clusters.IClusterProvider"/>.</summary>
    Cluster,

    /// <summary><see cref="Connections.IConnectionProvider"/>.</summary>
    Connection,
}
