using System.Runtime.CompilerServices;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Paging;

/// <summary>
/// A list that fetches the next page only when the caller reaches it. Enumerate it for items, or call
/// <see cref="AsPages"/> for pages, each carrying the token that resumes after it.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>For mocking.</summary>
    protected AsyncPageable()
    {
    }

    /// <summary>The pages from <paramref name="continuationToken"/> on (null: from the first).</summary>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSize = null, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(null, null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// An <see cref="AsyncPageable{T}"/> over a page fetcher, with the guards every style shares: a token seen
    /// before, too many empty pages in a row and too many pages end the listing with a <see cref="PagingException"/>.
    /// </summary>
    /// <param name="style">The paging style, for messages.</param>
    /// <param name="limits">The provider named in errors and where the listing gives up.</param>
    /// <param name="fetchPage">Fetches one page.</param>
    /// <param name="cancellationToken">The token given to the list call; it stops the listing as well as the enumerator's own token.</param>
    internal static AsyncPageable<T> Create(string style, PagingLimits limits, Func<PageRequest, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(fetchPage);
        return new FuncPageable(style, limits, fetchPage, cancellationToken);
    }

    /// <summary>Maps every item, keeping pages and tokens.</summary>
    public AsyncPageable<TResult> Select<TResult>(Func<T, TResult> selector) =>
        new SelectPageable<TResult>(this, selector);

    private sealed class FuncPageable(string style, PagingLimits limits, Func<PageRequest, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken callToken) : AsyncPageable<T>
    {
        public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            // Both the list call's token and the enumerator's stop the listing.
            using var linked = callToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(callToken, cancellationToken) : null;
            cancellationToken = linked?.Token ?? cancellationToken;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (continuationToken is not null)
            {
                seen.Add(continuationToken);
            }

            var token = continuationToken;
            var pages = 0;
            var emptyInARow = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = await fetchPage(new PageRequest(token, pageSize), cancellationToken).ConfigureAwait(false);
                pages++;
                emptyInARow = page.Values.Count == 0 ? emptyInARow + 1 : 0;
                yield return page;
                if (string.IsNullOrEmpty(page.ContinuationToken))
                {
                    yield break;
                }

                if (!seen.Add(page.ContinuationToken))
                {
                    throw new PagingException(limits.Provider, style, CloudErrorCodes.PagingLoop, $"the server returned the {style} token of an earlier page again; stopping instead of looping forever.");
                }

                if (emptyInARow >= limits.MaxConsecutiveEmptyPages)
                {
                    throw new PagingException(limits.Provider, style, CloudErrorCodes.PagingNoProgress, $"{emptyInARow} empty pages in a row, each with a new {style} token; stopping because the listing makes no progress (limit: Resilience.MaxConsecutiveEmptyPages).");
                }

                if (pages >= limits.MaxPages)
                {
                    throw new PagingException(limits.Provider, style, CloudErrorCodes.PagingLimit, $"the server still announced a further page after {pages} pages; stopping (limit: Resilience.MaxPagesPerList).");
                }

                token = page.ContinuationToken;
            }
        }
    }

    private sealed class SelectPageable<TResult>(AsyncPageable<T> source, Func<T, TResult> selector) : AsyncPageable<TResult>
    {
        public override async IAsyncEnumerable<Page<TResult>> AsPages(string? continuationToken = null, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var page in source.AsPages(continuationToken, pageSize, cancellationToken).ConfigureAwait(false))
            {
                yield return page.Select(selector);
            }
        }
    }
}
