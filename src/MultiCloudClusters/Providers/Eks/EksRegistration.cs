using System.Globalization;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// The outcome of registering an external cluster: the cluster, and the activation the EKS Connector manifest
/// needs. <see cref="ToString"/> never shows <see cref="ActivationCode"/>.
/// </summary>
public sealed class EksRegistration : ProviderResult
{
    /// <summary>
    /// The registered cluster (normally <see cref="ClusterStatus.Pending"/> until the connector checks in); its
    /// <see cref="ClusterInfo.Native"/> is the <see cref="EksCluster"/> EKS answered with.
    /// </summary>
    public required ClusterInfo Cluster { get; init; }

    /// <summary>The activation id to put into the EKS Connector manifest.</summary>
    public required string ActivationId { get; init; }

    /// <summary>The secret activation code to put into the EKS Connector manifest. Treat it as a password.</summary>
    public required string ActivationCode { get; init; }

    /// <summary>The deadline for applying the manifest; after it the registration can no longer be activated.</summary>
    public DateTimeOffset? ActivationExpiry { get; init; }

    /// <summary>What to do next, in one sentence.</summary>
    public string Instructions => ActivationExpiry is { } expiry
        ? $"Apply the EKS Connector manifest with this activation id and code inside cluster '{Cluster.Name}' before {expiry.ToString("u", CultureInfo.InvariantCulture)}; until then the cluster stays PENDING, and after that the registration can no longer be activated and must be deregistered."
        : $"Apply the EKS Connector manifest with this activation id and code inside cluster '{Cluster.Name}' before the activation expires; until then the cluster stays PENDING.";

    /// <inheritdoc />
    private protected override ProviderResult? Carried => Cluster;

    /// <inheritdoc />
    public override string ToString() =>
        $"EksRegistration({Cluster.Name}, ActivationId={ActivationId}, ActivationCode=hidden, ActivationExpiry={ActivationExpiry?.ToString("u", CultureInfo.InvariantCulture) ?? "unknown"})";
}
