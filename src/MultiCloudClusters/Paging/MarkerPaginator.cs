namespace MultiCloudClusters.Paging;

/// <summary>The marker paging style of LakeSail (`marker` in, `marker` out, absent on the last page). The continuation token is the server's own value.</summary>
public static class MarkerPaginator
{
    /// <summary>Pages through a list within <paramref name="limits"/> (<paramref name="cancellationToken"/>: the list call's token); <paramref name="fetch"/> gets the marker (null first) and the page size.</summary>
    public static AsyncPageable<T> Create<T>(PagingLimits limits, Func<string?, int?, CancellationToken, Task<TokenPage<T>>> fetch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return AsyncPageable<T>.Create("marker", limits, async (request, pageCancellation) =>
        {
            var page = await fetch(request.ContinuationToken, request.PageSize, pageCancellation).ConfigureAwait(false);
            return new Page<T>(page.Items, string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken);
        }, cancellationToken);
    }
}
