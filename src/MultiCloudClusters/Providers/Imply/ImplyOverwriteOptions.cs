namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// The optional switches of <see cref="ImplyClusterProvider.OverwriteClusterAsync(string, ImplyCluster, ImplyOverwriteOptions, CancellationToken)"/>;
/// switches left off are not sent.
/// </summary>
public sealed class ImplyOverwriteOptions
{
    /// <summary>Only validate on the server (<c>dryRun=true</c>): the answer shows the cluster as it would be; nothing changes.</summary>
    public bool DryRun { get; init; }

    /// <summary>Allow hard (non-rolling) updates and prefer them when both kinds are possible (<c>force=true</c>).</summary>
    public bool Force { get; init; }

    /// <summary>Ask the server to indent its JSON answer (<c>pretty=true</c>); the result is the same either way.</summary>
    public bool Pretty { get; init; }
}
