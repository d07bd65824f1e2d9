namespace MultiCloudClusters.Clusters;

/// <summary>How <see cref="IClusterProvider.WaitForStatusAsync"/> polls.</summary>
public sealed class WaitOptions
{
    /// <summary>Give up after this long (default 30 min).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The first pause between looks (default 5 s); it grows by half each time.</summary>
    public TimeSpan InitialInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest pause between looks (default 60 s).</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(60);
}
