using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// What a new node needs to join a cluster or node pool. The join command carries a bootstrap token and the
/// scripts may too: treat them as secrets. <see cref="ToString"/> never shows them.
/// </summary>
public sealed class AmeJoinConfig : ProviderResult
{
    /// <summary>The command that joins a node (<c>joinCommand</c>; secret: it holds a bootstrap token).</summary>
    public string? JoinCommand { get; init; }

    /// <summary>Cloud-init user data, Base64 (<c>cloudInitUserDataBase64</c>; secret).</summary>
    public string? CloudInitUserDataBase64 { get; init; }

    /// <summary>The install script, Base64 (<c>installScriptBase64</c>; secret).</summary>
    public string? InstallScriptBase64 { get; init; }

    /// <summary>The upgrade script, Base64 (<c>upgradeScriptBase64</c>; secret).</summary>
    public string? UpgradeScriptBase64 { get; init; }

    /// <summary>The kubelet configuration, Base64 (<c>kubeletConfigBase64</c>; secret).</summary>
    public string? KubeletConfigBase64 { get; init; }

    /// <summary>The Kubernetes version a joining node runs (<c>versions.kubernetes</c>).</summary>
    public string? KubernetesVersion { get; init; }

    /// <summary>The containerd version (<c>versions.containerd</c>).</summary>
    public string? ContainerdVersion { get; init; }

    /// <summary>The crictl version (<c>versions.crictl</c>).</summary>
    public string? CrictlVersion { get; init; }

    /// <summary>The cloud-init version (<c>versions.cloudInit</c>).</summary>
    public string? CloudInitVersion { get; init; }

    /// <summary>Top-level members the API sent that this type does not know (they may be secret too).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() =>
        $"AmeJoinConfig(kubernetes {KubernetesVersion ?? "?"}, containerd {ContainerdVersion ?? "?"}, join command and scripts hidden)";
}
