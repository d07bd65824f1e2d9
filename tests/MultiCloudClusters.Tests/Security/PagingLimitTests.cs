using System.Text;
using System.Text.Json.Nodes;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Resilience;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 6: a listing makes progress or stops. Against a server that announces a fresh next page forever,
/// every paging style and every provider's list ends with a <see cref="PagingException"/> naming the provider:
/// after <see cref="ResilienceOptions.MaxConsecutiveEmptyPages"/> empty pages in a row, or after
/// <see cref="ResilienceOptions.MaxPagesPerList"/> pages. Control cases: lists that end on their own are
/// untouched, however close to the limits.
/// </summary>
public sealed class PagingLimitTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    private const int Cap = 5;
    private const int EmptyLimit = 3;
    private static readonly PagingLimits Limits = new("test-cloud", Cap, EmptyLimit);

    public static TheoryData<string> Styles() => ["cursor", "marker", "next token", "page number"];

    public static TheoryData<string> TokenStyles() => ["cursor", "marker", "next token"];

    [Fact]
    public void The_limits_default_to_100000_pages_and_100_empty_pages_and_must_be_positive()
    {
        var options = new ResilienceOptions();

        Assert.Equal(100_000, options.MaxPagesPerList);
        Assert.Equal(100, options.MaxConsecutiveEmptyPages);
        Assert.Empty(options.Validate("X"));
        Assert.Contains(new ResilienceOptions { MaxPagesPerList = 0 }.Validate("X"), p => p.Contains("X.MaxPagesPerList", StringComparison.Ordinal));
        Assert.Contains(new ResilienceOptions { MaxConsecutiveEmptyPages = 0 }.Validate("X"), p => p.Contains("X.MaxConsecutiveEmptyPages", StringComparison.Ordinal));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PagingLimits("x", maxPages: 0));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Endless_fresh_tokens_stop_at_the_page_cap(string style)
    {
        var source = new EndlessSource(itemsPerPage: 1);

        var error = await Assert.ThrowsAsync<PagingException>(async () => await Paginate(style, source).ToListAsync());

        Assert.Equal(Cap, source.Fetches);
        AssertNamesProvider(error, "test-cloud", style);
        Assert.Contains("MaxPagesPerList", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task Endless_empty_pages_stop_after_the_configured_number_in_a_row(string style)
    {
        var source = new EndlessSource(itemsPerPage: 0);

        var error = await Assert.ThrowsAsync<PagingException>(async () => await Paginate(style, source).ToListAsync());

        Assert.Equal(EmptyLimit, source.Fetches);
        AssertNamesProvider(error, "test-cloud", style);
        Assert.Contains("MaxConsecutiveEmptyPages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_number_list_ends_quietly_at_its_first_empty_page()
    {
        var source = new EndlessSource(itemsPerPage: 0);

        var items = await Paginate("page number", source).ToListAsync();

        Assert.Empty(items);
        Assert.Equal(1, source.Fetches);
    }

    [Theory]
    [MemberData(nameof(TokenStyles))]
    public async Task Control_empty_pages_short_of_the_limit_between_full_ones_do_not_stop_a_list(string style)
    {
        // Pages: empty, empty, item, empty, empty, item (last): two in a row never reach the limit of three.
        var source = new EndlessSource(itemsPerPage: 1, emptyBetween: EmptyLimit - 1, lastPage: 6);

        var items = await Paginate(style, source, new PagingLimits("test-cloud", 100, EmptyLimit)).ToListAsync();

        Assert.Equal(2, items.Count);
        Assert.Equal(6, source.Fetches);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Control_a_list_exactly_as_long_as_the_cap_ends_normally(string style)
    {
        var source = new EndlessSource(itemsPerPage: 2, lastPage: Cap);

        var items = await Paginate(style, source).ToListAsync();

        Assert.Equal(2 * Cap, items.Count);
        Assert.Equal(Cap, source.Fetches);
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task A_provider_list_against_endless_fresh_tokens_stops_at_the_page_cap(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer();
        server.Behaviour = EndlessPages(provider, empty: false);
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, Limited());

        if (provider == "imply")
        {
            // Imply lists every cluster in one answer: there is no next page to follow.
            await target.ListAsync();
            Assert.Single(server.Requests, r => IsList(provider, r));
            return;
        }

        var error = await Assert.ThrowsAsync<PagingException>(() => target.ListAsync());

        AssertNamesProvider(error, provider, null);
        Assert.Contains("MaxPagesPerList", error.Message, StringComparison.Ordinal);
        Assert.Equal(Cap, server.Requests.Count(r => IsList(provider, r)));
    }

    [Theory]
    [MemberData(nameof(SecurityTargets.OnePerProvider), MemberType = typeof(SecurityTargets))]
    public async Task A_provider_list_against_endless_empty_pages_stops_after_the_configured_number(string provider, string auth, Construction construction)
    {
        await using var server = fixture.NewServer();
        server.Behaviour = EndlessPages(provider, empty: true);
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, Limited());

        if (provider is "imply" or "ame")
        {
            // Imply: one answer. AME: an empty page is the end of a page-number list, so it ends at once.
            await target.ListAsync();
            Assert.Single(server.Requests, r => IsList(provider, r));
            return;
        }

        var error = await Assert.ThrowsAsync<PagingException>(() => target.ListAsync());

        AssertNamesProvider(error, provider, null);
        Assert.Contains("MaxConsecutiveEmptyPages", error.Message, StringComparison.Ordinal);
        Assert.Equal(EmptyLimit, server.Requests.Count(r => IsList(provider, r)));
    }

    private static void AssertNamesProvider(PagingException error, string provider, string? style)
    {
        Assert.Equal(provider, error.Provider);
        Assert.StartsWith(provider + ": ", error.Message, StringComparison.Ordinal);
        if (style is not null)
        {
            Assert.Equal(style, error.Style);
        }
    }

    private static ResilienceOptions Limited()
    {
        var options = SecurityTargets.QuickResilience();
        options.MaxPagesPerList = Cap;
        options.MaxConsecutiveEmptyPages = EmptyLimit;
        return options;
    }

    private static AsyncPageable<string> Paginate(string style, EndlessSource source, PagingLimits? limits = null) => style switch
    {
        "cursor" => TokenPaginator.Create<string>(TokenStyle.Cursor, limits ?? Limits, source.FetchToken),
        "marker" => TokenPaginator.Create<string>(TokenStyle.Marker, limits ?? Limits, source.FetchToken),
        "next token" => TokenPaginator.Create<string>(TokenStyle.NextToken, limits ?? Limits, source.FetchToken),
        "page number" => PageNumberPaginator.Create<string>(limits ?? Limits, source.FetchNumber),
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    private static string ListSuffix(string provider) => provider switch
    {
        "oks" => "/clusters/all",
        "lakesail" => "/infra/connections",
        _ => "/clusters",
    };

    private static bool IsList(string provider, HostileRequest request) =>
        request.Method == "GET" && request.Path.EndsWith(ListSuffix(provider), StringComparison.Ordinal);

    /// <summary>
    /// Forwards the first list request to the emulator, then answers every list request with that page and a
    /// fresh next-page token (emptied when <paramref name="empty"/>); anything else is forwarded.
    /// </summary>
    private static Func<HostileExchange, Task> EndlessPages(string provider, bool empty)
    {
        HostileResponse? first = null;
        return async exchange =>
        {
            if (!IsList(provider, exchange.Request))
            {
                await exchange.ForwardAndRespondAsync();
                return;
            }

            first ??= await exchange.ForwardAsync();
            var page = JsonNode.Parse(first.BodyText)!;
            var token = $"fresh-{exchange.Number}";
            switch (provider)
            {
                case "oks":
                    page["Pagination"] = new JsonObject { ["cursor"] = new JsonObject { ["next_cursor"] = token } };
                    Empty(page, "Clusters", empty);
                    break;
                case "lakesail":
                    page["marker"] = token;
                    Empty(page, "items", empty);
                    break;
                case "eks":
                    page["nextToken"] = token;
                    Empty(page, "clusters", empty);
                    break;
                case "ame":
                    page["last"] = false;
                    Empty(page, "content", empty);
                    break;
            }

            await exchange.RespondAsync(first with { Body = Encoding.UTF8.GetBytes(page.ToJsonString()) });
        };
    }

    private static void Empty(JsonNode page, string member, bool empty)
    {
        if (empty)
        {
            page[member] = new JsonArray();
        }
    }

    /// <summary>
    /// A fake server that never ends: each page has <c>itemsPerPage</c> items (none for the
    /// <c>emptyBetween</c> pages before each full one) and a fresh token, until <c>lastPage</c>, if any.
    /// </summary>
    private sealed class EndlessSource(int itemsPerPage, int emptyBetween = 0, int? lastPage = null)
    {
        public int Fetches { get; private set; }

        public Task<TokenPage<string>> FetchToken(string? token, int? pageSize, CancellationToken cancellationToken)
        {
            var (items, isLast) = Next();
            return Task.FromResult(new TokenPage<string>(items, isLast ? null : $"fresh-{Fetches}"));
        }

        public Task<PageNumberPaginator.Result<string>> FetchNumber(int page, int? pageSize, CancellationToken cancellationToken)
        {
            var (items, isLast) = Next();
            return Task.FromResult(new PageNumberPaginator.Result<string>(items, isLast));
        }

        private (string[] Items, bool IsLast) Next()
        {
            Fetches++;
            var full = emptyBetween == 0 || Fetches % (emptyBetween + 1) == 0;
            var items = full ? Enumerable.Range(0, itemsPerPage).Select(i => $"item-{Fetches}-{i}").ToArray() : [];
            return (items, Fetches == lastPage);
        }
    }
}
