using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// An Imply cluster as the API describes it: identity, wanted configuration and reported status. It is the
/// <see cref="Clusters.ClusterInfo.Native"/> of every Imply cluster, and the body of
/// <see cref="ImplyClusterProvider.OverwriteClusterAsync(string, ImplyCluster, ImplyOverwriteOptions, CancellationToken)"/> (change <see cref="Spec"/> in place and send it back).
/// </summary>
public sealed class ImplyCluster : ProviderResult
{
    /// <summary>The identity: name and id (<c>metadata</c>).</summary>
    public ImplyClusterMetadata Metadata { get; init; } = new();

    /// <summary>The wanted configuration (<c>spec</c>).</summary>
    public ImplyClusterSpec Spec { get; init; } = new();

    /// <summary>What the server reports (<c>status</c>); null when the answer has none (e.g. a dry run) and never sent.</summary>
    public ImplyClusterStatus? Status { get; init; }

    /// <summary>Members the API sent that this type does not know (sent back by an overwrite).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() =>
        $"ImplyCluster({Metadata.Name ?? "?"}, {Metadata.Uid ?? "no id"}, {Status?.State ?? "no state"}, version {Spec.Version ?? "?"})";
}
