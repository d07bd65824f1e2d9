namespace MultiCloudClusters.Paging;

/// <summary>The next token paging style of Amazon EKS (`nextToken` in and out). The continuation token is the server's own value.</summary>
public static class NextTokenPaginator
{
    /// <summary>Pages through a list within <paramref name="limits"/> (<paramref name="cancellationToken"/>: the list call's token); <paramref name="fetch"/> gets the next token (null first) and the page size.</summary>
    public static AsyncPageable<T> Create<T>(PagingLimits limits, Func<string?, int?, CancellationToken, Task<TokenPage<T>>> fetch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return AsyncPageable<T>.Create("next token", limits, async (request, pageCancellation) =>
        {
            var page = await fetch(request.ContinuationToken, request.PageSize, pageCancellation).ConfigureAwait(false);
            return new Page<T>(page.Items, string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken);
        }, cancellationToken);
    }
}
