using MultiCloudClusters.Connections;
using MultiCloudClusters.Http;
using MultiCloudClusters.Paging;
using Generated = MultiCloudClusters.Providers.LakeSail.Generated;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>Connections: list, get, create, update, delete and verify.</summary>
public partial class LakeSailConnectionProvider
{
    /// <inheritdoc />
    /// <remarks>Operations the server lists in <c>included.operations</c> are attached to their connections.</remarks>
    public virtual AsyncPageable<CloudConnection> ListConnectionsAsync(ConnectionQuery? query = null, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.PageSize("query.PageSize", query?.PageSize);
        return TokenPaginator.Create<CloudConnection>(TokenStyle.Marker, _paging, async (marker, pageSize, ct) =>
        {
            LakeSailRequestRules.PageSize("pageSize", pageSize);
            using var capture = RequestIdCapture.Start();
            var api = Api;
            var response = await Call(() => api.ListConnectionsAsync(pageSize ?? query?.PageSize, marker, ct)).ConfigureAwait(false);
            var items = ProviderCall.Require(ProviderName, response.Items, "items");
            var operations = capture.StampAll<CloudOperation>([.. (response.Included?.Operations ?? []).Select(Live)]);
            var byResource = operations.Where(o => o.ResourceId is not null).ToLookup(o => o.ResourceId!, StringComparer.Ordinal);
            var connections = new List<CloudConnection>(items.Count);
            foreach (var c in items)
            {
                connections.Add(Connection(c, c.Id is not null && byResource.Contains(c.Id) ? [.. byResource[c.Id]] : []));
            }

            return new TokenPage<CloudConnection>(capture.StampAll(connections), response.Marker);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<CloudConnection> GetConnectionAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(Connection(await Call(() => api.GetConnectionAsync(connectionId, cancellationToken)).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    /// <remarks>Never resent after an unknown outcome (a timeout, a 5xx) unless the server says <c>retryable: true</c>: a second send could make a second connection.</remarks>
    public virtual async Task<CloudConnection> CreateConnectionAsync(ConnectionCreateRequest request, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Create(request);
        var body = new Generated.ConnectionCreateRequest
        {
            Name = request.Name,
            Provider = request.CloudProvider,
            ProviderConfig = LakeSailMapper.ToProviderConfig(request.Account),
        };
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(Connection(await Call(() => api.CreateConnectionAsync(body, cancellationToken)).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    public virtual async Task<CloudConnection> UpdateConnectionAsync(string connectionId, ConnectionUpdateRequest request, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Update(connectionId, request);
        var body = new Generated.ConnectionUpdateRequest { Name = request.Name, ProviderConfig = LakeSailMapper.ToProviderConfig(request.Account) };
        using var capture = RequestIdCapture.Start();
        var api = Api;
        return capture.Stamp(Connection(await Call(() => api.UpdateConnectionAsync(connectionId, body, cancellationToken)).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    public virtual async Task DeleteConnectionAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        var api = Api;
        await ProviderCall.RunAsync(ProviderName, () => api.DeleteConnectionAsync(connectionId, cancellationToken)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public virtual async Task<CloudConnection> VerifyConnectionAsync(string connectionId, string? roleArn = null, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Verify(connectionId, roleArn);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var body = new Generated.ConnectionVerifyRequest { RoleArn = roleArn };
        return capture.Stamp(Connection(await Call(() => api.VerifyConnectionAsync(connectionId, body, cancellationToken)).ConfigureAwait(false)));
    }

    /// <summary>The unified connection, reached through this provider's registration.</summary>
    private CloudConnection Connection(Generated.Connection connection, IReadOnlyList<CloudOperation>? operations = null) =>
        LakeSailMapper.ToConnection(connection, Registration, operations);
}
