using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// An EKS cluster as DescribeCluster, RegisterCluster and DeregisterCluster return it: a cluster EKS created or one
/// connected from elsewhere (then <see cref="ConnectorConfig"/> is set and most infrastructure members are absent).
/// Members this model does not map (VPC, network, logging, identity, certificate authority, encryption, Outposts,
/// access, upgrade policy, zonal shift, remote networks, Auto Mode compute and storage, control plane scaling, and
/// any member AWS adds later) are in <see cref="AdditionalProperties"/> as JSON. The <c>Native</c> of an EKS
/// <see cref="Clusters.ClusterInfo"/>.
/// </summary>
public sealed class EksCluster : ProviderResult
{
    /// <summary>The cluster's name (its id in the provider's calls).</summary>
    public required string Name { get; init; }

    /// <summary>The cluster's Amazon Resource Name.</summary>
    public string? Arn { get; init; }

    /// <summary>The internal id EKS gives some clusters (e.g. on Outposts).</summary>
    public string? Id { get; init; }

    /// <summary>When the cluster was created or registered.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The Kubernetes minor version, e.g. <c>1.31</c> (absent on a connected cluster).</summary>
    public string? Version { get; init; }

    /// <summary>The EKS platform version, e.g. <c>eks.5</c>.</summary>
    public string? PlatformVersion { get; init; }

    /// <summary>The URL of the Kubernetes API server (EKS-created clusters).</summary>
    public string? Endpoint { get; init; }

    /// <summary>The IAM role of the control plane (EKS-created clusters).</summary>
    public string? RoleArn { get; init; }

    /// <summary>The raw status: CREATING, ACTIVE, DELETING, FAILED, UPDATING or PENDING (not a closed list).</summary>
    public string? Status { get; init; }

    /// <summary>The idempotency token sent when the cluster was created or registered.</summary>
    public string? ClientRequestToken { get; init; }

    /// <summary>Labels on the cluster (empty when it has none).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The connection data of a registered cluster; null for a cluster EKS created.</summary>
    public EksConnectorConfig? ConnectorConfig { get; init; }

    /// <summary>Problems EKS found with the cluster, when it reported any.</summary>
    public EksClusterHealth? Health { get; init; }

    /// <summary>Whether the cluster is protected from deletion.</summary>
    public bool? DeletionProtection { get; init; }

    /// <summary>Every member this model does not map, as it came (see the class remarks).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"EksCluster({ServerText.CleanShort(Name)}, {ServerText.CleanShort(Status) ?? "no status"})";
}
