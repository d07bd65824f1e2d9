namespace MultiCloudClusters.Clusters;

/// <summary>Options of a kubeconfig request; providers ignore what they lack.</summary>
public sealed class KubeconfigRequest
{
    /// <summary>The Kubernetes user the kubeconfig authenticates as (OKS: must not start with <c>system:</c> or <c>oks:</c>).</summary>
    public string? User { get; init; }

    /// <summary>The Kubernetes group (same rule as <see cref="User"/>).</summary>
    public string? Group { get; init; }

    /// <summary>How long the credential lives (OKS: whole hours, days or weeks).</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>Whether to fetch it sealed for a one-time key (default true); false fetches it as plain text.</summary>
    public bool Encrypted { get; init; } = true;
}
