using MultiCloudClusters.Clusters;
using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Connections;

/// <summary>
/// Cloud-account connections of a platform (LakeSail) behind one interface. Invalid arguments are refused
/// with <see cref="Errors.InvalidRequestException"/> before anything is sent; failures the server reports
/// surface as <see cref="Errors.CloudApiException"/> (or a subclass).
/// </summary>
public interface IConnectionProvider
{
    /// <summary>The provider key, e.g. <c>lakesail</c>.</summary>
    string Name { get; }

    /// <summary>The name this provider is registered under (<c>lakesail-eu</c> for <c>AddLakeSail("lakesail-eu", …)</c>); <see cref="Name"/> when it has none.</summary>
    string Registration => Name;

    /// <summary>Lists connections lazily, page by page; each page's token resumes after it.</summary>
    AsyncPageable<CloudConnection> ListConnectionsAsync(ConnectionQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one connection.</summary>
    Task<CloudConnection> GetConnectionAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Creates a connection; deploy its template next (<see cref="GetTemplateAsync"/>), then verify it.</summary>
    Task<CloudConnection> CreateConnectionAsync(ConnectionCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a connection's name or account details; members left null stay as they are.</summary>
    Task<CloudConnection> UpdateConnectionAsync(string connectionId, ConnectionUpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a connection for good.</summary>
    Task DeleteConnectionAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Asks the platform to check the connection works, optionally with another role than the stored one.</summary>
    Task<CloudConnection> VerifyConnectionAsync(string connectionId, string? roleArn = null, CancellationToken cancellationToken = default);

    /// <summary>Where the connection's infrastructure template is and the parameters to deploy it with.</summary>
    Task<ConnectionTemplate> GetTemplateAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Downloads the connection's infrastructure template (YAML) as text.</summary>
    Task<string> DownloadTemplateAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Downloads the connection's infrastructure template (YAML) byte for byte into <paramref name="destination"/>.</summary>
    Task DownloadTemplateAsync(string connectionId, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Starts bringing the deployed template up to date; returns the background operation.</summary>
    Task<CloudOperation> SyncTemplateAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>Gets a background operation by id (e.g. one started earlier, in another process).</summary>
    Task<CloudOperation> GetOperationAsync(string operationId, CancellationToken cancellationToken = default);

    /// <summary>Polls an operation until it completes.</summary>
    /// <exception cref="CloudOperationFailedException">It failed or was cancelled.</exception>
    /// <exception cref="CloudOperationTimeoutException">It did not finish in time.</exception>
    Task<CloudOperation> WaitForOperationAsync(string operationId, WaitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The regions available through the connection.</summary>
    Task<IReadOnlyList<CloudRegion>> ListRegionsAsync(string connectionId, CancellationToken cancellationToken = default);

    /// <summary>The machine types available through the connection, optionally filtered.</summary>
    Task<IReadOnlyList<CloudInstanceType>> ListInstanceTypesAsync(string connectionId, InstanceTypeQuery? query = null, CancellationToken cancellationToken = default);
}
