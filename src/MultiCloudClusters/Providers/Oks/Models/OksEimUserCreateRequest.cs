namespace MultiCloudClusters.Providers.Oks;

/// <summary>A new EIM user of an OKS project (<see cref="OksClusterProvider.CreateEimUserAsync"/>).</summary>
public sealed class OksEimUserCreateRequest
{
    /// <summary>The name of the user to create (required).</summary>
    public string? UserName { get; set; }

    /// <summary>How long the credentials handed out stay valid: a whole number of hours, days or weeks; null for the server's default.</summary>
    public TimeSpan? Ttl { get; set; }

    /// <summary>
    /// Whether the answer comes sealed for a one-time key made for this call (default true), the same scheme as the
    /// kubeconfig; false fetches the new user's secret key in clear.
    /// </summary>
    public bool Encrypted { get; set; } = true;
}
