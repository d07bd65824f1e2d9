namespace MultiCloudClusters.Connections;

/// <summary>A new cloud-account connection.</summary>
public sealed class ConnectionCreateRequest
{
    /// <summary>The connection's name.</summary>
    public required string Name { get; init; }

    /// <summary>The cloud (e.g. <c>aws</c>).</summary>
    public required string CloudProvider { get; init; }

    /// <summary>The account details.</summary>
    public CloudAccountConfig Account { get; init; } = new();
}
