namespace MultiCloudClusters.Connections;

/// <summary>Narrows a connection list.</summary>
public sealed class ConnectionQuery
{
    /// <summary>Items per page requested from the server (LakeSail: 1 to 100); null for the provider's default.</summary>
    public int? PageSize { get; init; }
}
