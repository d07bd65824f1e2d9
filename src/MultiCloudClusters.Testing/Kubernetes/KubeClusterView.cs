using System.Text.Json.Nodes;

namespace MultiCloudClusters.Emulator.Kubernetes;

/// <summary>What one emulated cluster's Kubernetes API shows at a moment: its version and its node pools.</summary>
/// <param name="Name">The cluster's name.</param>
/// <param name="Version">The cluster's Kubernetes version as its provider reports it (for example <c>1.31</c>).</param>
/// <param name="CreatedAt">When the cluster was created (the creation time of its namespaces and nodes).</param>
/// <param name="Pools">Its node pools; each gives <see cref="KubeNodePool.Nodes"/> nodes.</param>
/// <param name="PoolResource">The custom resource the provider keeps node pools in, when it does (OKS: <c>Nodepool</c>).</param>
internal sealed record KubeClusterView(string Name, string Version, DateTimeOffset CreatedAt, IReadOnlyList<KubeNodePool> Pools, KubeResourceType? PoolResource = null);

/// <summary>One node pool as nodes: <paramref name="Nodes"/> nodes named <c>{Name}-{index}</c>.</summary>
/// <param name="Name">The pool's name.</param>
/// <param name="Nodes">How many nodes it runs.</param>
/// <param name="InstanceType">The machine type (label <c>node.kubernetes.io/instance-type</c>).</param>
/// <param name="Zone">The availability zone (label <c>topology.kubernetes.io/zone</c>).</param>
/// <param name="Spec">The pool's own spec, when the provider keeps it as a custom resource.</param>
internal sealed record KubeNodePool(string Name, int Nodes, string InstanceType, string Zone, JsonObject? Spec = null);

/// <summary>A cluster-scoped custom resource type served under <c>/apis/{Group}/{Version}/{Plural}</c>.</summary>
internal sealed record KubeResourceType(string Group, string Version, string Kind, string Plural);

/// <summary>One emulated cluster as its API server sees it: who may call it, and what it holds now.</summary>
internal interface IKubeApiTarget
{
    /// <summary>The name of the user the request's credential belongs to, or null when it carries none that this cluster accepts.</summary>
    string? Authenticate(Microsoft.AspNetCore.Http.HttpContext http);

    /// <summary>The cluster as it is now, or null once it no longer exists.</summary>
    KubeClusterView? View();
}
