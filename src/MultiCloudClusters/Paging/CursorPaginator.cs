namespace MultiCloudClusters.Paging;

/// <summary>The cursor paging style of OUTSCALE OKS (`cursor` in, `Pagination.cursor.next_cursor` out). The continuation token is the server's own value.</summary>
public static class CursorPaginator
{
    /// <summary>Pages through a list within <paramref name="limits"/> (<paramref name="cancellationToken"/>: the list call's token); <paramref name="fetch"/> gets the cursor (null first) and the page size.</summary>
    public static AsyncPageable<T> Create<T>(PagingLimits limits, Func<string?, int?, CancellationToken, Task<TokenPage<T>>> fetch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return AsyncPageable<T>.Create("cursor", limits, async (request, pageCancellation) =>
        {
            var page = await fetch(request.ContinuationToken, request.PageSize, pageCancellation).ConfigureAwait(false);
            return new Page<T>(page.Items, string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken);
        }, cancellationToken);
    }
}
