using MultiCloudClusters.Clusters;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Tests.Providers.Oks;
using WireMock.RequestBuilders;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>
/// Cursor paging end to end through the OKS provider: pages stream in order, a page's token resumes
/// exactly there, a repeated cursor is an error, and a server without <c>Pagination</c> gives one page.
/// </summary>
public sealed class OksPagingTests : IDisposable
{
    private const string ListPath = OksHarness.Prefix + "/clusters/all";

    private readonly OksHarness _h = new();

    public void Dispose() => _h.Dispose();

    /// <summary>Page 1 (no cursor) → "tok-2" → "tok-3" → end, with two, two and one clusters.</summary>
    private void ThreePages(string? lastNext = null)
    {
        _h.AnswerWhen(Request.Create().WithPath(ListPath).UsingGet(), Reply.Ok(OksHarness.ListResponse("tok-2", "c1", "c2")), priority: 10);
        _h.AnswerWhen(Request.Create().WithPath(ListPath).UsingGet().WithParam("cursor", "tok-2"), Reply.Ok(OksHarness.ListResponse("tok-3", "c3", "c4")), priority: 1);
        _h.AnswerWhen(Request.Create().WithPath(ListPath).UsingGet().WithParam("cursor", "tok-3"), Reply.Ok(OksHarness.ListResponse(lastNext, "c5")), priority: 1);
    }

    private List<string?> CursorsSent() =>
        [.. _h.Requests.Select(r => OksHarness.Query(r).Where(q => q.Name == "cursor").Select(q => q.Value).SingleOrDefault())];

    [Fact]
    public async Task ThreePages_StreamInOrder_FollowingTheCursors()
    {
        ThreePages();

        var ids = new List<string>();
        await foreach (var cluster in _h.Provider.ListClustersAsync())
        {
            ids.Add(cluster.Id);
        }

        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], ids);
        Assert.Equal([null, "tok-2", "tok-3"], CursorsSent());
    }

    [Fact]
    public async Task Pages_CarryTheNextPagesToken_LastIsNull()
    {
        ThreePages();

        var pages = await _h.Provider.ListClustersAsync().AsPages().ToListAsync();

        Assert.Equal(["tok-2", "tok-3", null], pages.Select(p => p.ContinuationToken));
        Assert.Equal([2, 2, 1], pages.Select(p => p.Values.Count));
    }

    [Fact]
    public async Task AsPages_FromPage2sToken_YieldsPages2And3Only()
    {
        ThreePages();

        var pages = await _h.Provider.ListClustersAsync().AsPages("tok-2").ToListAsync();

        Assert.Equal(["c3,c4", "c5"], pages.Select(p => string.Join(",", p.Values.Select(c => c.Id))));
        Assert.Equal(["tok-2", "tok-3"], CursorsSent());
    }

    [Fact]
    public async Task StoppingAfterTheFirstItem_FetchesOnePage()
    {
        ThreePages();

        await foreach (var cluster in _h.Provider.ListClustersAsync())
        {
            Assert.Equal("c1", cluster.Id);
            break;
        }

        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task Page2_IsFetchedOnlyWhenEnumeratedPastPage1()
    {
        ThreePages();
        await using var items = _h.Provider.ListClustersAsync().GetAsyncEnumerator();

        Assert.Empty(_h.Requests);
        Assert.True(await items.MoveNextAsync());
        Assert.True(await items.MoveNextAsync());
        Assert.Single(_h.Requests);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("c3", items.Current.Id);
        Assert.Equal(2, _h.Requests.Count);
    }

    [Fact]
    public async Task RepeatedCursor_IsAPagingException_NotAnEndlessLoop()
    {
        ThreePages(lastNext: "tok-2");

        var ex = await Assert.ThrowsAsync<PagingException>(async () => await _h.Provider.ListClustersAsync().ToListAsync());

        Assert.Equal("cursor", ex.Style);
        Assert.Equal(3, _h.Requests.Count);
    }

    [Fact]
    public async Task SameCursorTwiceInARow_IsAPagingException()
    {
        _h.Answer("GET", "/clusters/all", 200, OksHarness.ListResponse("tok-same", "c1"));

        await Assert.ThrowsAsync<PagingException>(async () => await _h.Provider.ListClustersAsync().ToListAsync());

        Assert.Equal(2, _h.Requests.Count);
    }

    [Fact]
    public async Task NoPagination_GivesExactlyOnePage()
    {
        _h.Answer("GET", "/clusters/all", 200, $$"""{"ResponseContext":{"RequestId":"r"},"Clusters":[{{OksHarness.Cluster("c1")}},{{OksHarness.Cluster("c2")}}]}""");

        var pages = await _h.Provider.ListClustersAsync().AsPages().ToListAsync();

        var page = Assert.Single(pages);
        Assert.Null(page.ContinuationToken);
        Assert.Equal(["c1", "c2"], page.Values.Select(c => c.Id));
        Assert.Single(_h.Requests);
    }

    [Theory]
    [InlineData("""{"cursor":null,"offset":{"page":1,"limit":10,"total":1}}""")]
    [InlineData("""{"cursor":{"next_cursor":""}}""")]
    [InlineData("""{}""")]
    [InlineData("null")]
    public async Task PaginationWithoutANextCursor_GivesOnePage(string pagination)
    {
        _h.Answer("GET", "/clusters/all", 200, $$"""{"Pagination":{{pagination}},"Clusters":[{{OksHarness.Cluster("c1")}}]}""");

        var clusters = await _h.Provider.ListClustersAsync().ToListAsync();

        Assert.Equal("c1", Assert.Single(clusters).Id);
        Assert.Single(_h.Requests);
    }

    [Fact]
    public async Task ScopeAndPageSize_AreSentOnEveryPage()
    {
        _h.AnswerWhen(Request.Create().WithPath(OksHarness.Prefix + "/clusters").UsingGet(), Reply.Ok(OksHarness.ListResponse("tok-2", "c1")), priority: 10);
        _h.AnswerWhen(Request.Create().WithPath(OksHarness.Prefix + "/clusters").UsingGet().WithParam("cursor", "tok-2"), Reply.Ok(OksHarness.ListResponse(null, "c2")), priority: 1);

        var clusters = await _h.Provider.ListClustersAsync(new ClusterQuery { Scope = OksHarness.ProjectId, PageSize = 1 }).ToListAsync();

        Assert.Equal(["c1", "c2"], clusters.Select(c => c.Id));
        Assert.All(_h.Requests, r =>
        {
            Assert.Contains(("project_id", OksHarness.ProjectId), OksHarness.Query(r));
            Assert.Contains(("limit", "1"), OksHarness.Query(r));
        });
    }
}
