using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>A group of equal worker nodes in an AME cluster.</summary>
public sealed class AmeNodePool : ProviderResult
{
    /// <summary>The integer id, used to update and delete the pool (<c>id</c>).</summary>
    public long? Id { get; init; }

    /// <summary>The UUID identity, used for the pool's join configuration (<c>identity</c>).</summary>
    public Guid? Identity { get; init; }

    /// <summary>The pool's name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The machine size of its nodes (<c>nodeSize</c>).</summary>
    public string? NodeSize { get; init; }

    /// <summary>The availability zone (<c>availabilityZone</c>).</summary>
    public string? AvailabilityZone { get; init; }

    /// <summary>Whether the pool scales by itself (<c>autoScaling</c>).</summary>
    public bool? AutoScaling { get; init; }

    /// <summary>The fewest nodes (<c>minSize</c>).</summary>
    public long? MinSize { get; init; }

    /// <summary>The most nodes (<c>maxSize</c>).</summary>
    public long? MaxSize { get; init; }

    /// <summary>Whether broken nodes are replaced by themselves (<c>enableNodeAutoReplacement</c>).</summary>
    public bool? EnableNodeAutoReplacement { get; init; }

    /// <summary>Whether nodes may reboot for updates (<c>enableNodeReboots</c>).</summary>
    public bool? EnableNodeReboots { get; init; }

    /// <summary>How nodes are upgraded (<c>upgradeStrategy</c>).</summary>
    public string? UpgradeStrategy { get; init; }

    /// <summary>Provisioning progress, free text (<c>provisionStatus</c>).</summary>
    public string? ProvisionStatus { get; init; }

    /// <summary>Whether a new node installs OS security updates before it joins (<c>securityUpdatesOnJoin</c>).</summary>
    public string? SecurityUpdatesOnJoin { get; init; }

    /// <summary>Kubernetes annotations of every node (<c>annotations</c>; empty when none).</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Kubernetes labels of every node (<c>labels</c>; empty when none).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Kubernetes taints of every node (<c>taints</c>; empty when none).</summary>
    public IReadOnlyList<AmeNodeTaint> Taints { get; init; } = [];

    /// <summary>When the pool was created (<c>createdAt</c>).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed (<c>modifiedAt</c>).</summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>
    /// The pool's settings as a request, to change and send to <see cref="AmeClusterProvider.UpdateNodePoolAsync"/>
    /// (which replaces the whole pool). Reported members (id, identity, provision status, times) are left out; unknown
    /// members are not carried over, since an answer's extras need not be valid in a request.
    /// </summary>
    /// <returns>A new request; changing it leaves this pool as it is.</returns>
    public AmeNodePoolRequest ToRequest() => new()
    {
        Name = Name,
        NodeSize = NodeSize,
        AvailabilityZone = AvailabilityZone,
        AutoScaling = AutoScaling,
        MinSize = MinSize,
        MaxSize = MaxSize,
        EnableNodeAutoReplacement = EnableNodeAutoReplacement,
        EnableNodeReboots = EnableNodeReboots,
        UpgradeStrategy = UpgradeStrategy,
        SecurityUpdatesOnJoin = SecurityUpdatesOnJoin,
        Annotations = Annotations.Count == 0 ? null : new Dictionary<string, string>(Annotations, StringComparer.Ordinal),
        Labels = Labels.Count == 0 ? null : new Dictionary<string, string>(Labels, StringComparer.Ordinal),
        Taints = Taints.Count == 0 ? null : [.. Taints.Select(t => new AmeNodeTaint { Key = t.Key, Value = t.Value, Effect = t.Effect })],
    };

    /// <inheritdoc />
    public override string ToString() => $"AmeNodePool({Name ?? "?"}, id {Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, {NodeSize ?? "?"}, {MinSize}..{MaxSize})";
}
