namespace MultiCloudClusters.Paging;

/// <summary>
/// The one paginator of every token style (<see cref="TokenStyle"/>: OKS cursors, LakeSail markers, EKS next
/// tokens). The continuation token is the server's own value; an empty token ends the listing like a missing one.
/// </summary>
internal static class TokenPaginator
{
    /// <summary>Pages through a list within <paramref name="limits"/> (<paramref name="cancellationToken"/>: the list call's token); <paramref name="fetch"/> gets the token (null first) and the page size.</summary>
    public static AsyncPageable<T> Create<T>(TokenStyle style, PagingLimits limits, Func<string?, int?, CancellationToken, Task<TokenPage<T>>> fetch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return AsyncPageable<T>.Create(NameOf(style), limits, async (request, pageCancellation) =>
        {
            var page = await fetch(request.ContinuationToken, request.PageSize, pageCancellation).ConfigureAwait(false);
            return new Page<T>(page.Items, string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken);
        }, cancellationToken);
    }

    /// <summary>The style's name in messages and in <see cref="PagingException.Style"/>.</summary>
    public static string NameOf(TokenStyle style) => style switch
    {
        TokenStyle.Cursor => "cursor",
        TokenStyle.Marker => "marker",
        TokenStyle.NextToken => "next token",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "not a token style"),
    };
}
