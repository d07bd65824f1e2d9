namespace MultiCloudClusters.Clusters;

/// <summary>
/// The base of each provider's typed create/update options (<c>OksClusterOptions</c>, …). A provider
/// refuses options of another provider with a clear message.
/// </summary>
public abstract class ProviderClusterOptions
{
    /// <summary>The provider these options belong to.</summary>
    public abstract string Provider { get; }
}
