namespace MultiCloudClusters.Paging;

/// <summary>One page of results and the token of the page after it (null on the last page).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page.</summary>
    public Page(IReadOnlyList<T> values, string? continuationToken)
    {
        Values = values ?? throw new ArgumentNullException(nameof(values));
        ContinuationToken = continuationToken;
    }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>Pass this to <see cref="AsyncPageable{T}.AsPages"/> to resume at the next page; null on the last page.</summary>
    public string? ContinuationToken { get; }

    /// <summary>Maps the items, keeping the token.</summary>
    public Page<TResult> Select<TResult>(Func<T, TResult> selector) => new([.. Values.Select(selector)], ContinuationToken);
}
