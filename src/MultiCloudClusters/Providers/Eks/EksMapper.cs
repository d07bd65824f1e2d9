using MultiCloudClusters.Clusters;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Eks.Generated;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>Generated EKS objects ⇄ the hand-written EKS models and the unified <see cref="ClusterInfo"/>.</summary>
internal static class EksMapper
{
    private const string Provider = EksClusterProvider.ProviderName;

    /// <summary>The hand-written cluster; a cluster without a name is a malformed answer.</summary>
    public static EksCluster ToCluster(Generated.Cluster cluster) => new()
    {
        Name = ProviderCall.Require(Provider, cluster.Name, "cluster.name"),
        Arn = cluster.Arn,
        Id = cluster.Id,
        CreatedAt = EpochTime(cluster.CreatedAt, "cluster.createdAt"),
        Version = cluster.Version,
        PlatformVersion = cluster.PlatformVersion,
        Endpoint = cluster.Endpoint,
        RoleArn = cluster.RoleArn,
        Status = cluster.Status,
        ClientRequestToken = cluster.ClientRequestToken,
        Tags = cluster.Tags is { } tags ? new Dictionary<string, string>(tags, StringComparer.Ordinal) : new Dictionary<string, string>(),
        ConnectorConfig = cluster.ConnectorConfig is { } connector ? ToConnectorConfig(connector) : null,
        Health = cluster.Health is { } health ? ToHealth(health) : null,
        DeletionProtection = cluster.DeletionProtection,
        AdditionalProperties = AdditionalMembers.Of(
            cluster.AdditionalProperties,
            ("resourcesVpcConfig", cluster.ResourcesVpcConfig),
            ("kubernetesNetworkConfig", cluster.KubernetesNetworkConfig),
            ("logging", cluster.Logging),
            ("identity", cluster.Identity),
            ("certificateAuthority", cluster.CertificateAuthority),
            ("encryptionConfig", cluster.EncryptionConfig),
            ("outpostConfig", cluster.OutpostConfig),
            ("accessConfig", cluster.AccessConfig),
            ("upgradePolicy", cluster.UpgradePolicy),
            ("zonalShiftConfig", cluster.ZonalShiftConfig),
            ("remoteNetworkConfig", cluster.RemoteNetworkConfig),
            ("computeConfig", cluster.ComputeConfig),
            ("storageConfig", cluster.StorageConfig),
            ("controlPlaneScalingConfig", cluster.ControlPlaneScalingConfig)),
    };

    /// <summary>The unified view of a cluster in <paramref name="region"/> reached through <paramref name="registration"/>, carrying <paramref name="cluster"/> as its native object.</summary>
    public static ClusterInfo ToInfo(EksCluster cluster, string region, string registration) => new()
    {
        Provider = Provider,
        Registration = registration,
        Id = cluster.Name,
        Name = cluster.Name,
        Status = EksStatusMap.Map(cluster.Status),
        RawStatus = cluster.Status,
        Version = cluster.Version,
        Region = region,
        CreatedAt = cluster.CreatedAt,
        Tags = cluster.Tags,
        Native = cluster,
    };

    /// <summary>The request body of RegisterCluster; tags only when there are some (AWS refuses an empty map).</summary>
    public static Generated.RegisterClusterRequest ToRegisterRequest(string name, EksClusterOptions options, string clientRequestToken, IReadOnlyDictionary<string, string>? tags) => new()
    {
        Name = name,
        ConnectorConfig = new Generated.ConnectorConfigRequest { Provider = options.ConnectorProvider!, RoleArn = options.RoleArn! },
        ClientRequestToken = clientRequestToken,
        Tags = tags is { Count: > 0 } ? new Dictionary<string, string>(tags, StringComparer.Ordinal) : null,
    };

    /// <summary>Converts AWS epoch seconds (possibly fractional) to a time, to the microsecond.</summary>
    public static DateTimeOffset? EpochTime(double? seconds, string member)
    {
        if (seconds is not { } value)
        {
            return null;
        }

        var max = (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).TotalSeconds;
        var min = (DateTimeOffset.MinValue - DateTimeOffset.UnixEpoch).TotalSeconds;
        if (!double.IsFinite(value) || value >= max || value <= min)
        {
            throw ProviderCall.Malformed(Provider, 200, $"The response's '{member}' is not a usable time in epoch seconds");
        }

        // Whole seconds and the fraction apart: a double of ~1.7e9 s cannot hold 100 ns ticks exactly.
        var whole = Math.Floor(value);
        var micros = Math.Round((value - whole) * 1_000_000);
        return DateTimeOffset.UnixEpoch.AddSeconds(whole).AddTicks((long)micros * 10);
    }

    private static EksConnectorConfig ToConnectorConfig(Generated.ConnectorConfigResponse connector) => new()
    {
        ActivationId = connector.ActivationId,
        ActivationCode = connector.ActivationCode,
        ActivationExpiry = EpochTime(connector.ActivationExpiry, "cluster.connectorConfig.activationExpiry"),
        Provider = connector.Provider,
        RoleArn = connector.RoleArn,
        AdditionalProperties = AdditionalMembers.Of(connector.AdditionalProperties),
    };

    private static EksClusterHealth ToHealth(Generated.ClusterHealth health) => new()
    {
        Issues = [.. (health.Issues ?? []).OfType<Generated.ClusterIssue>().Select(issue => new EksClusterIssue
        {
            Code = issue.Code,
            Message = issue.Message,
            ResourceIds = [.. (issue.ResourceIds ?? []).OfType<string>()],
            AdditionalProperties = AdditionalMembers.Of(issue.AdditionalProperties),
        })],
        AdditionalProperties = AdditionalMembers.Of(health.AdditionalProperties),
    };
}
