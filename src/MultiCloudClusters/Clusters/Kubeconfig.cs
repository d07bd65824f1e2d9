using MultiCloudClusters.Http;

namespace MultiCloudClusters.Clusters;

/// <summary>A cluster's kubeconfig. Its text is a credential: <see cref="ToString"/> never shows it.</summary>
public sealed class Kubeconfig : ProviderResult
{
    /// <summary>Creates the result.</summary>
    public Kubeconfig(string clusterId, string content, bool wasEncryptedInTransit)
    {
        ClusterId = clusterId;
        Content = content ?? throw new ArgumentNullException(nameof(content));
        WasEncryptedInTransit = wasEncryptedInTransit;
    }

    /// <summary>The cluster it belongs to.</summary>
    public string ClusterId { get; }

    /// <summary>The kubeconfig YAML. Treat it as a secret.</summary>
    public string Content { get; }

    /// <summary>Whether it came sealed for a one-time key (NaCl) rather than as plain text.</summary>
    public bool WasEncryptedInTransit { get; }

    /// <summary>
    /// Writes <see cref="Content"/> to <paramref name="path"/> so that only you can read it: on Unix the file has mode
    /// 600 from its first byte (a missing folder is created with mode 700). The write is atomic: the text goes to a
    /// temporary file beside the target, which then replaces it in one rename, so a failure or a cancellation leaves the
    /// old file as it was and no partial file behind. A symbolic link is followed and its target replaced.
    /// </summary>
    /// <remarks>This replaces the whole file. To add this cluster to an existing kubeconfig file and keep its other
    /// entries, use the MultiCloudClusters.Kubernetes package's merge.</remarks>
    /// <param name="path">The file to write, for example a path under <c>~/.kube</c>.</param>
    /// <param name="cancellationToken">Cancels the write; the target is then left untouched.</param>
    /// <returns>The full path of the file written.</returns>
    public Task<string> WriteToFileAsync(string path, CancellationToken cancellationToken = default) =>
        Security.OwnerOnlyFile.WriteAsync(path, Content, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"Kubeconfig for {ClusterId} ({Content.Length} chars, contents hidden)";
}
