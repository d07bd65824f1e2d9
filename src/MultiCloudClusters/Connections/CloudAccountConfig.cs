namespace MultiCloudClusters.Connections;

/// <summary>Where a connection points in the customer's cloud account.</summary>
public sealed class CloudAccountConfig
{
    /// <summary>The cloud account id (AWS: 12 digits).</summary>
    public string? AccountId { get; init; }

    /// <summary>The account's home region.</summary>
    public string? Region { get; init; }

    /// <summary>The role the platform assumes.</summary>
    public string? RoleArn { get; init; }

    /// <summary>The secret holding the external id.</summary>
    public string? ExternalIdSecretArn { get; init; }

    /// <summary>The deployed infrastructure stack.</summary>
    public string? StackArn { get; init; }
}
