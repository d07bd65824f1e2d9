using System.Globalization;

namespace MultiCloudClusters.Paging;

/// <summary>
/// The page-number style of Avisi Cloud AME (Spring pages: 0-based <c>page</c> in, <c>last</c> out).
/// The continuation token is the next page's number as text.
/// </summary>
internal static class PageNumberPaginator
{
    /// <summary>What a page-number fetch returns.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="Items">The items.</param>
    /// <param name="IsLast">Whether the server said this is the last page.</param>
    public sealed record Result<T>(IReadOnlyList<T> Items, bool IsLast);

    /// <summary>Pages through a list within <paramref name="limits"/> (<paramref name="cancellationToken"/>: the list call's token); <paramref name="fetch"/> gets the 0-based page number and the page size.</summary>
    public static AsyncPageable<T> Create<T>(PagingLimits limits, Func<int, int?, CancellationToken, Task<Result<T>>> fetch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return AsyncPageable<T>.Create("page number", limits, async (request, pageCancellation) =>
        {
            var number = Parse(limits.Provider, request.ContinuationToken);
            var page = await fetch(number, request.PageSize, pageCancellation).ConfigureAwait(false);
            var next = page.IsLast || page.Items.Count == 0 ? null : (number + 1).ToString(CultureInfo.InvariantCulture);
            return new Page<T>(page.Items, next);
        }, cancellationToken);
    }

    private static int Parse(string provider, string? token)
    {
        if (token is null)
        {
            return 0;
        }

        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new PagingException(provider, "page number", Errors.CloudErrorCodes.InvalidContinuationToken, $"the continuation token must be a page number (a non-negative integer), got '{Errors.ServerText.CleanShort(token)}'.");
    }
}
