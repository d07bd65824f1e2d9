using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// EKS-specific settings of a create request, which on EKS registers (connects) a Kubernetes cluster running
/// elsewhere through the EKS Connector.
/// </summary>
public sealed class EksClusterOptions : ProviderClusterOptions
{
    /// <summary>The connector providers EKS accepts.</summary>
    public static IReadOnlyList<string> KnownConnectorProviders { get; } =
        ["EKS_ANYWHERE", "ANTHOS", "GKE", "AKS", "OPENSHIFT", "TANZU", "RANCHER", "EC2", "OTHER"];

    /// <inheritdoc />
    public override string Provider => EksClusterProvider.ProviderName;

    /// <summary>Where the cluster runs: one of <see cref="KnownConnectorProviders"/> (required).</summary>
    public string? ConnectorProvider { get; init; }

    /// <summary>ARN of the IAM role the EKS Connector agent assumes, e.g. <c>arn:aws:iam::123456789012:role/eks-connector-agent</c> (required).</summary>
    public string? RoleArn { get; init; }

    /// <summary>
    /// The idempotency token; null to have one generated for this call. The same value goes out on every retry,
    /// so a retried registration never registers twice.
    /// </summary>
    public string? ClientRequestToken { get; init; }
}
