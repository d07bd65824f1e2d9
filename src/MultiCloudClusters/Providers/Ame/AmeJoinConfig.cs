using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// What a new node needs to join a cluster or node pool. The join command carries a bootstrap token and the
/// scripts may too: treat them as secrets. <see cref="ToString"/> never shows them.
/// </summary>
public sealed class AmeJoinConfig
{
    internal AmeJoinConfig(Generated.JoinConfig config)
    {
        JoinCommand = config.JoinCommand;
        CloudInitUserDataBase64 = config.CloudInitUserDataBase64;
        InstallScriptBase64 = config.InstallScriptBase64;
        UpgradeScriptBase64 = config.UpgradeScriptBase64;
        KubeletConfigBase64 = config.KubeletConfigBase64;
        KubernetesVersion = config.Versions?.Kubernetes;
        ContainerdVersion = config.Versions?.Containerd;
        CrictlVersion = config.Versions?.Crictl;
        CloudInitVersion = config.Versions?.CloudInit;
    }

    /// <summary>The command that joins a node (secret: it holds a bootstrap token).</summary>
    public string? JoinCommand { get; }

    /// <summary>Cloud-init user data, Base64 (secret).</summary>
    public string? CloudInitUserDataBase64 { get; }

    /// <summary>The install script, Base64 (secret).</summary>
    public string? InstallScriptBase64 { get; }

    /// <summary>The upgrade script, Base64 (secret).</summary>
    public string? UpgradeScriptBase64 { get; }

    /// <summary>The kubelet configuration, Base64 (secret).</summary>
    public string? KubeletConfigBase64 { get; }

    /// <summary>The Kubernetes version a joining node runs.</summary>
    public string? KubernetesVersion { get; }

    /// <summary>The containerd version.</summary>
    public string? ContainerdVersion { get; }

    /// <summary>The crictl version.</summary>
    public string? CrictlVersion { get; }

    /// <summary>The cloud-init version.</summary>
    public string? CloudInitVersion { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"AmeJoinConfig(kubernetes {KubernetesVersion ?? "?"}, containerd {ContainerdVersion ?? "?"}, join command and scripts hidden)";
}
