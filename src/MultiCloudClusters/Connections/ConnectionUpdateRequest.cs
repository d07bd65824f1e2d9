namespace MultiCloudClusters.Connections;

/// <summary>A change to a connection: members left null stay as they are.</summary>
public sealed class ConnectionUpdateRequest
{
    /// <summary>A new name.</summary>
    public string? Name { get; init; }

    /// <summary>New account details.</summary>
    public CloudAccountConfig? Account { get; init; }
}
