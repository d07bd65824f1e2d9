namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// The optional switches of Imply's reads (<see cref="ImplyClusterProvider.GetClusterAsync(string, ImplyReadOptions, CancellationToken)"/>,
/// <see cref="ImplyClusterProvider.ListClustersAsync(ImplyReadOptions, CancellationToken)"/>); switches left off are not sent.
/// </summary>
public sealed class ImplyReadOptions
{
    /// <summary>Ask the server to indent its JSON answer (<c>pretty=true</c>); the result is the same either way.</summary>
    public bool Pretty { get; init; }
}
