namespace MultiCloudClusters.Clusters;

/// <summary>Settings of <see cref="ClusterCatalog"/> (configuration: <c>MultiCloudClusters:MaxConcurrency</c>).</summary>
public sealed class ClusterCatalogOptions
{
    /// <summary>The default of <see cref="MaxConcurrency"/>.</summary>
    public const int DefaultMaxConcurrency = 16;

    /// <summary>The largest allowed <see cref="MaxConcurrency"/>.</summary>
    public const int MaxAllowedConcurrency = 1024;

    /// <summary>
    /// How many registrations an inventory lists at the same time (1 to 1024, default 16); the others
    /// wait for a free slot.
    /// </summary>
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>What is wrong with these settings, one line per rule broken.</summary>
    internal IEnumerable<string> Problems()
    {
        if (MaxConcurrency is < 1 or > MaxAllowedConcurrency)
        {
            yield return $"MultiCloudClusters.MaxConcurrency must be between 1 and {MaxAllowedConcurrency}, got {MaxConcurrency}";
        }
    }
}
