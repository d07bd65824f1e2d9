using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// The settings of a node pool, to create one (<see cref="AmeClusterProvider.CreateNodePoolAsync"/>, or with a
/// cluster through <see cref="AmeClusterOptions.NodePools"/>) or to replace one (<see cref="AmeClusterProvider.UpdateNodePoolAsync"/>,
/// which takes the whole pool: start from <see cref="AmeNodePool.ToRequest"/>). Members left null are not sent.
/// </summary>
public sealed class AmeNodePoolRequest
{
    /// <summary>The pool's name: lower-case letters, digits and '-', 1 to 25 characters (<c>name</c>; required).</summary>
    public string? Name { get; set; }

    /// <summary>The machine size of its nodes (<c>nodeSize</c>; required).</summary>
    public string? NodeSize { get; set; }

    /// <summary>The availability zone (<c>availabilityZone</c>).</summary>
    public string? AvailabilityZone { get; set; }

    /// <summary>Whether the pool grows and shrinks by itself between <see cref="MinSize"/> and <see cref="MaxSize"/> (<c>autoScaling</c>).</summary>
    public bool? AutoScaling { get; set; }

    /// <summary>The fewest nodes, 0 or more (<c>minSize</c>; required).</summary>
    public long? MinSize { get; set; }

    /// <summary>The most nodes, at least <see cref="MinSize"/> (<c>maxSize</c>; required).</summary>
    public long? MaxSize { get; set; }

    /// <summary>Whether broken nodes are replaced by themselves (<c>enableNodeAutoReplacement</c>).</summary>
    public bool? EnableNodeAutoReplacement { get; set; }

    /// <summary>Whether nodes may reboot for updates (<c>enableNodeReboots</c>).</summary>
    public bool? EnableNodeReboots { get; set; }

    /// <summary>How nodes are upgraded (<c>upgradeStrategy</c>).</summary>
    public string? UpgradeStrategy { get; set; }

    /// <summary>Whether a new node installs OS security updates before it joins: <c>OFF</c>, <c>INSTALL</c> or <c>INSTALL_AND_REBOOT</c> (<c>securityUpdatesOnJoin</c>).</summary>
    public string? SecurityUpdatesOnJoin { get; set; }

    /// <summary>Kubernetes annotations of every node (<c>annotations</c>).</summary>
    public IDictionary<string, string>? Annotations { get; set; }

    /// <summary>Kubernetes labels of every node (<c>labels</c>).</summary>
    public IDictionary<string, string>? Labels { get; set; }

    /// <summary>Kubernetes taints of every node (<c>taints</c>).</summary>
    public IList<AmeNodeTaint>? Taints { get; set; }

    /// <summary>Members of the API's body this type does not name, sent as they are (a member this type names is refused).</summary>
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
