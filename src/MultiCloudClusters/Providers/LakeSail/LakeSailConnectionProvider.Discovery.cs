using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>What a connection offers: regions and instance types (with the platform's sizing metadata).</summary>
public partial class LakeSailConnectionProvider
{
    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<CloudRegion>> ListRegionsAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.Id("connectionId", connectionId);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.ListRegionsAsync(connectionId, cancellationToken)).ConfigureAwait(false);
        return capture.StampAll<CloudRegion>([.. ProviderCall.Require(ProviderName, response.Items, "items").Select(LakeSailMapper.ToNative).Select(LakeSailMapper.ToRegion)]);
    }

    /// <inheritdoc />
    /// <remarks>The platform's sizing metadata (system reservations) comes with <see cref="GetInstanceTypeListAsync"/>.</remarks>
    public virtual async Task<IReadOnlyList<CloudInstanceType>> ListInstanceTypesAsync(string connectionId, InstanceTypeQuery? query = null, CancellationToken cancellationToken = default)
    {
        var list = await GetInstanceTypeListAsync(connectionId, query, cancellationToken).ConfigureAwait(false);
        return [.. list.Items.Select(LakeSailMapper.ToInstanceType)];
    }

    /// <summary>
    /// The instance types available through a connection, optionally filtered, together with the capacity the
    /// platform reserves for system workloads (<see cref="LakeSailInstanceTypeList.Metadata"/>), to size node pools.
    /// </summary>
    /// <param name="connectionId">The connection.</param>
    /// <param name="query">Region, architecture, minimum vCPUs and memory, and the most types to return; all optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The types and the sizing metadata, as the platform sent them.</returns>
    /// <exception cref="InvalidRequestException">An argument breaks a rule; nothing was sent.</exception>
    public virtual async Task<LakeSailInstanceTypeList> GetInstanceTypeListAsync(string connectionId, InstanceTypeQuery? query = null, CancellationToken cancellationToken = default)
    {
        LakeSailRequestRules.InstanceTypes(connectionId, query);
        using var capture = RequestIdCapture.Start();
        var api = Api;
        var response = await Call(() => api.ListInstanceTypesAsync(connectionId, query?.Region, query?.Limit, query?.Architecture, query?.MinVCpus, query?.MinMemoryMiB, cancellationToken)).ConfigureAwait(false);
        var list = capture.Stamp(LakeSailMapper.ToNative(response));
        capture.StampAll(list.Items);
        return list;
    }
}
