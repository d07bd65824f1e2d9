using MultiCloudClusters.Clusters;
using Generated = MultiCloudClusters.Providers.Oks.Generated;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>OKS-specific settings of a cluster create or update request.</summary>
public sealed class OksClusterOptions : ProviderClusterOptions
{
    /// <inheritdoc />
    public override string Provider => OksClusterProvider.ProviderName;

    /// <summary>The project the cluster belongs to (required to create).</summary>
    public string? ProjectId { get; init; }

    /// <summary>The control plane plan, e.g. <c>cp.mono.master</c> (create default) or <c>cp.3.masters.small</c>.</summary>
    public string? ControlPlanes { get; init; }

    /// <summary>CIDR blocks allowed to reach the Kubernetes API (at least one to create).</summary>
    public IReadOnlyList<string>? AdminWhitelist { get; init; }

    /// <summary>The pod network (create default <c>10.91.0.0/16</c>).</summary>
    public string? CidrPods { get; init; }

    /// <summary>The service network (create default <c>10.92.0.0/16</c>).</summary>
    public string? CidrService { get; init; }

    /// <summary>The cluster DNS address inside <see cref="CidrService"/>.</summary>
    public string? ClusterDns { get; init; }

    /// <summary>Spreads control planes over subregions.</summary>
    public bool? CpMultiAz { get; init; }

    /// <summary>The subregions of the control planes.</summary>
    public IReadOnlyList<string>? CpSubregions { get; init; }

    /// <summary>The CNI plugin.</summary>
    public string? Cni { get; init; }

    /// <summary>Whether deleting through the API is refused.</summary>
    public bool? DisableApiTermination { get; init; }

    /// <summary>The cluster's description (on update, the same as <see cref="ClusterUpdateRequest.Description"/>).</summary>
    public string? Description { get; init; }

    /// <summary>Anything else of the API's create body, set on the generated request just before it is sent.</summary>
    public Action<Generated.ClusterCreateRequest>? CustomizeCreate { get; init; }

    /// <summary>Anything else of the API's update body, set on the generated request just before it is sent.</summary>
    public Action<Generated.ClusterUpdateRequest>? CustomizeUpdate { get; init; }
}
