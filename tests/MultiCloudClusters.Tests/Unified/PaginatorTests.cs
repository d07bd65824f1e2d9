using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>
/// The two paginators (one for the three token styles, one for page numbers) with fake fetchers: order, page-at-a-time access with resumable tokens, lazy
/// fetching, page size passed through, and a repeated token refused instead of looping forever.
/// </summary>
public sealed class PaginatorTests
{
    /// <summary>A fake token-paged server: token (null = first) → items and next token; records each fetch.</summary>
    private sealed class TokenSource(Dictionary<string, (string[] Items, string? Next)> pages)
    {
        public const string First = "<first>";

        public List<(string? Token, int? PageSize)> Calls { get; } = [];

        public Task<TokenPage<string>> Fetch(string? token, int? pageSize, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Calls.Add((token, pageSize));
            var (items, next) = pages[token ?? First];
            return Task.FromResult(new TokenPage<string>(items, next));
        }
    }

    private static readonly PagingLimits Limits = new("test");

    private static List<string> Shape<T>(IEnumerable<Page<T>> pages) => [.. pages.Select(p => string.Join(",", p.Values))];

    public static TheoryData<string> TokenStyles() => ["cursor", "marker", "next token"];

    private static AsyncPageable<string> Create(string style, TokenSource source) => style switch
    {
        "cursor" => TokenPaginator.Create<string>(TokenStyle.Cursor, Limits, source.Fetch),
        "marker" => TokenPaginator.Create<string>(TokenStyle.Marker, Limits, source.Fetch),
        "next token" => TokenPaginator.Create<string>(TokenStyle.NextToken, Limits, source.Fetch),
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    private static TokenSource ThreePages() => new(new()
    {
        [TokenSource.First] = (["a", "b"], "t2"),
        ["t2"] = (["c", "d"], "t3"),
        ["t3"] = (["e"], null),
    });

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task Items_StreamInOrder_AcrossPages(string style)
    {
        var source = ThreePages();

        var items = await Create(style, source).ToListAsync();

        Assert.Equal(["a", "b", "c", "d", "e"], items);
        Assert.Equal([(null, null), ("t2", null), ("t3", null)], source.Calls);
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task Pages_CarryTheNextToken_TheLastCarriesNull(string style)
    {
        var pages = await Create(style, ThreePages()).AsPages().ToListAsync();

        Assert.Equal(["t2", "t3", null], pages.Select(p => p.ContinuationToken));
        Assert.Equal(["a,b", "c,d", "e"], Shape(pages));
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task AsPages_FromAToken_ResumesExactlyThere(string style)
    {
        var source = ThreePages();

        var pages = await Create(style, source).AsPages("t2").ToListAsync();

        Assert.Equal(["c,d", "e"], Shape(pages));
        Assert.Equal([("t2", null), ("t3", null)], source.Calls);
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task PageSize_IsPassedToEveryFetch(string style)
    {
        var source = ThreePages();

        await Create(style, source).AsPages(pageSize: 2).ToListAsync();

        Assert.All(source.Calls, c => Assert.Equal(2, c.PageSize));
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task Fetching_IsLazy_Page2OnlyWhenEnumeratedPastPage1(string style)
    {
        var source = ThreePages();
        await using var items = Create(style, source).GetAsyncEnumerator();

        Assert.Empty(source.Calls);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("a", items.Current);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("b", items.Current);
        Assert.Single(source.Calls);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("c", items.Current);
        Assert.Equal(2, source.Calls.Count);
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task RepeatedToken_FailsWithPagingException(string style)
    {
        var source = new TokenSource(new()
        {
            [TokenSource.First] = (["a"], "t2"),
            ["t2"] = (["b"], "t2"),
        });
        var seen = new List<string>();

        var ex = await Assert.ThrowsAsync<PagingException>(async () =>
        {
            await foreach (var item in Create(style, source))
            {
                seen.Add(item);
            }
        });

        Assert.Equal(style, ex.Style);
        Assert.Equal(["a", "b"], seen);
        Assert.Equal(2, source.Calls.Count);
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task TokenCycle_FailsWithPagingException(string style)
    {
        var source = new TokenSource(new()
        {
            [TokenSource.First] = (["a"], "t2"),
            ["t2"] = (["b"], "t3"),
            ["t3"] = (["c"], "t2"),
        });

        await Assert.ThrowsAsync<PagingException>(async () => await Create(style, source).ToListAsync());

        Assert.Equal(3, source.Calls.Count);
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task ResumeToken_ReturnedAgain_FailsWithPagingException(string style)
    {
        var source = new TokenSource(new() { ["t2"] = (["b"], "t2") });

        await Assert.ThrowsAsync<PagingException>(async () => await Create(style, source).AsPages("t2").ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task EmptyNextToken_EndsTheList(string style)
    {
        var source = new TokenSource(new() { [TokenSource.First] = (["a"], string.Empty) });

        var pages = await Create(style, source).AsPages().ToListAsync();

        Assert.Null(Assert.Single(pages).ContinuationToken);
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task Cancellation_StopsBeforeTheNextFetch(string style)
    {
        var source = ThreePages();
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in Create(style, source).WithCancellation(cts.Token))
            {
                seen.Add(item);
                cts.Cancel();
            }
        });

        // Items already fetched may still be handed out; what matters is that no further page is fetched.
        Assert.DoesNotContain("c", seen);
        Assert.Single(source.Calls);
    }

    [Fact]
    public async Task Select_MapsValues_AndKeepsTokens()
    {
        var pages = await TokenPaginator.Create<string>(TokenStyle.Cursor, Limits, ThreePages().Fetch).Select(s => s.ToUpperInvariant()).AsPages().ToListAsync();

        Assert.Equal(["A,B", "C,D", "E"], Shape(pages));
        Assert.Equal(["t2", "t3", null], pages.Select(p => p.ContinuationToken));
    }

    // ------------------------------------------------------------------ page numbers

    private sealed class NumberSource(params string[][] pages)
    {
        public List<(int Number, int? PageSize)> Calls { get; } = [];

        public Task<PageNumberPaginator.Result<string>> Fetch(int number, int? pageSize, CancellationToken cancellationToken)
        {
            Calls.Add((number, pageSize));
            return Task.FromResult(new PageNumberPaginator.Result<string>(pages[number], number == pages.Length - 1));
        }
    }

    [Fact]
    public async Task PageNumber_StreamsUntilLast_WithNumberTokens()
    {
        var source = new NumberSource(["a", "b"], ["c"], ["d"]);

        var pages = await PageNumberPaginator.Create<string>(Limits, source.Fetch).AsPages(pageSize: 2).ToListAsync();

        Assert.Equal(["a,b", "c", "d"], Shape(pages));
        Assert.Equal(["1", "2", null], pages.Select(p => p.ContinuationToken));
        Assert.Equal([(0, 2), (1, 2), (2, 2)], source.Calls);
    }

    [Fact]
    public async Task PageNumber_ResumesFromAToken()
    {
        var source = new NumberSource(["a"], ["b"], ["c"]);

        var pages = await PageNumberPaginator.Create<string>(Limits, source.Fetch).AsPages("1").ToListAsync();

        Assert.Equal(["b", "c"], Shape(pages));
        Assert.Equal([1, 2], source.Calls.Select(c => c.Number));
    }

    [Fact]
    public async Task PageNumber_EmptyPage_EndsEvenWithoutLast()
    {
        var calls = 0;
        var pageable = PageNumberPaginator.Create<string>(Limits, (n, _, _) =>
        {
            calls++;
            return Task.FromResult(new PageNumberPaginator.Result<string>(n == 0 ? ["a"] : [], false));
        });

        Assert.Equal(["a"], await pageable.ToListAsync());
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task PageNumber_IsLazy()
    {
        var source = new NumberSource(["a"], ["b"], ["c"]);
        await using var items = PageNumberPaginator.Create<string>(Limits, source.Fetch).GetAsyncEnumerator();

        Assert.True(await items.MoveNextAsync());
        Assert.Single(source.Calls);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal(2, source.Calls.Count);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task PageNumber_TokenThatIsNotAPageNumber_FailsWithPagingException(string token)
    {
        var source = new NumberSource(["a"], ["b"]);

        var ex = await Assert.ThrowsAsync<PagingException>(async () => await PageNumberPaginator.Create<string>(Limits, source.Fetch).AsPages(token).ToListAsync());

        Assert.Equal("page number", ex.Style);
        Assert.Empty(source.Calls);
    }
}
