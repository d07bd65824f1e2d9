using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Connections;

/// <summary>Cloud-account connections of a platform (LakeSail) behind one interface.</summary>
public interface IConnectionProvider
{
    /// <summary>The provider key, e.g. <c>lakesail</c>.</summary>
    string Name { get; }

    /// <summary>Lists connections lazily, page by page.</summary>
    AsyncPageable<CloudConnection> ListConnectionsAsync(ConnectionQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one connection.</summary>
    Task<CloudConnection> GetConnectionAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Creates a connection.</summary>
    Task<CloudConnection> CreateConnectionAsync(ConnectionCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a connection.</summary>
    Task<CloudConnection> UpdateConnectionAsync(string connectionId, ConnectionUpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a connection.</summary>
    Task DeleteConnectionAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Asks the platform to check the connection works.</summary>
    Task<CloudConnection> VerifyConnectionAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Downloads the connection's infrastructure template (YAML).</summary>
    Task<string> DownloadTemplateAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Starts bringing the deployed template up to date; returns the background operation.</summary>
    Task<CloudOperation> SyncTemplateAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Gets a background operation.</summary>
    Task<CloudOperation> GetOperationAsync(string operationId, CancellationToken cancellationToken = default);

    /// <summary>Polls an operation until it completes.</summary>
    Task<CloudOperation> WaitForOperationAsync(string operationId, Clusters.WaitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The regions available through the connection.</summary>
    Task<IReadOnlyList<string>> ListRegionsAsync(string connectionId, CancellationToken cancellationToken = default);
}
