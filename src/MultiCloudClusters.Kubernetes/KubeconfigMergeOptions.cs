namespace MultiCloudClusters.Kubernetes;

/// <summary>How a kubeconfig is merged into a kubeconfig file.</summary>
public sealed class KubeconfigMergeOptions
{
    /// <summary>
    /// A name for the merged context, in place of the one the kubeconfig gives (as <c>aws eks update-kubeconfig --alias</c>);
    /// only for a kubeconfig with exactly one context.
    /// </summary>
    public string? ContextName { get; init; }

    /// <summary>Whether the file's <c>current-context</c> becomes the merged one (default <see langword="true"/>, as <c>aws eks update-kubeconfig</c> does).</summary>
    public bool SetCurrentContext { get; init; } = true;
}
