namespace MultiCloudClusters.Paging;

/// <summary>
/// Where a listing stops when the server never ends it: after <see cref="MaxPages"/> pages, or after
/// <see cref="MaxConsecutiveEmptyPages"/> empty pages in a row that each point to a further page. Either
/// ends the listing with a <see cref="PagingException"/> naming <see cref="Provider"/>. A provider takes
/// its limits from its <see cref="Resilience.ResilienceOptions"/> (<c>MaxPagesPerList</c>,
/// <c>MaxConsecutiveEmptyPages</c>).
/// </summary>
internal sealed record PagingLimits
{
    /// <summary>The default page cap of one listing: 100,000 pages.</summary>
    public const int DefaultMaxPages = 100_000;

    /// <summary>The default number of empty pages in a row that ends a listing: 100.</summary>
    public const int DefaultMaxConsecutiveEmptyPages = 100;

    /// <summary>Creates the limits.</summary>
    /// <param name="provider">The provider key named in a <see cref="PagingException"/>, e.g. <c>oks</c>.</param>
    /// <param name="maxPages">The most pages one listing fetches (at least 1).</param>
    /// <param name="maxConsecutiveEmptyPages">Empty pages in a row with a next-page token that end a listing (at least 1).</param>
    public PagingLimits(string provider, int maxPages = DefaultMaxPages, int maxConsecutiveEmptyPages = DefaultMaxConsecutiveEmptyPages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConsecutiveEmptyPages, 1);
        Provider = provider;
        MaxPages = maxPages;
        MaxConsecutiveEmptyPages = maxConsecutiveEmptyPages;
    }

    /// <summary>The provider key, e.g. <c>oks</c>.</summary>
    public string Provider { get; }

    /// <summary>The most pages one listing (one <see cref="AsyncPageable{T}.AsPages"/> enumeration) fetches.</summary>
    public int MaxPages { get; }

    /// <summary>How many empty pages in a row, each with a token for a further page, end a listing.</summary>
    public int MaxConsecutiveEmptyPages { get; }
}
