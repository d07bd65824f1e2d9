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

    /// <inheritdoc />
    public override string ToString() => $"Kubeconfig for {ClusterId} ({Content.Length} chars, contents hidden)";
}
