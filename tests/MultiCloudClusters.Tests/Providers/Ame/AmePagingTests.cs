using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>Spring page-number paging: 0-based <c>page</c>, <c>size</c> only when asked, stop on <c>last</c>.</summary>
public sealed class AmePagingTests : IDisposable
{
    private const string OrgPath = "/api/v1/orgs/acme/clusters";
    private readonly AmeWire _wire = new();

    public AmePagingTests()
    {
        PageAt(0, last: false, "a1", "a2");
        PageAt(1, last: false, "b1", "b2");
        PageAt(2, last: true, "c1");
    }

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Three_pages_stream_in_order_and_stop_on_last()
    {
        var ids = new List<string>();
        await foreach (var cluster in _wire.Provider.ListClustersAsync())
        {
            ids.Add(cluster.Id);
        }

        Assert.Equal(["production/a1", "production/a2", "production/b1", "production/b2", "production/c1"], ids);
        var queries = _wire.Server.LogEntries.Select(e => AmeWire.Query(e.RequestMessage!)).ToList();
        Assert.Equal([[("page", "0")], [("page", "1")], [("page", "2")]], queries);
        Assert.All(_wire.Server.LogEntries, e => AmeWire.AssertRequest(e.RequestMessage!, "GET", OrgPath));
    }

    [Fact]
    public async Task The_next_page_is_fetched_only_when_reached()
    {
        await using var items = _wire.Provider.ListClustersAsync().GetAsyncEnumerator();
        Assert.True(await items.MoveNextAsync());
        Assert.True(await items.MoveNextAsync());

        Assert.Single(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task Pages_carry_the_next_page_token_and_a_token_resumes_there()
    {
        var first = await _wire.Provider.ListClustersAsync().AsPages().FirstAsync();
        Assert.Equal("1", first.ContinuationToken);
        Assert.Equal(2, first.Values.Count);

        var resumed = await _wire.Provider.ListClustersAsync().AsPages("1").ToListAsync();

        Assert.Equal(["production/b1", "production/b2"], resumed[0].Values.Select(c => c.Id));
        Assert.Equal("2", resumed[0].ContinuationToken);
        Assert.Null(resumed[1].ContinuationToken);
        var queries = _wire.Server.LogEntries.Skip(1).Select(e => AmeWire.Query(e.RequestMessage!)).ToList();
        Assert.Equal([[("page", "1")], [("page", "2")]], queries);
    }

    [Fact]
    public async Task Size_is_sent_only_when_a_page_size_is_asked_for()
    {
        await _wire.Provider.ListClustersAsync(new ClusterQuery { PageSize = 2 }).ToListAsync();
        await _wire.Provider.ListClustersAsync().AsPages("2", pageSize: 7).ToListAsync();

        var queries = _wire.Server.LogEntries.Select(e => AmeWire.Query(e.RequestMessage!)).ToList();
        Assert.Equal([[("page", "0"), ("size", "2")], [("page", "1"), ("size", "2")], [("page", "2"), ("size", "2")], [("page", "2"), ("size", "7")]], queries);
    }

    [Fact]
    public async Task A_page_without_last_stops_by_total_pages()
    {
        using var wire = new AmeWire();
        wire.Respond(200, """{"content":[],"number":0,"totalPages":1}""");

        var pages = await wire.Provider.ListClustersAsync().AsPages().ToListAsync();

        Assert.Single(pages);
        Assert.Single(wire.Server.LogEntries);
    }

    [Fact]
    public async Task A_page_that_cannot_say_whether_it_is_the_last_is_a_typed_error()
    {
        using var wire = new AmeWire();
        wire.Respond(200, """{"content":[]}""");

        var error = await Assert.ThrowsAsync<CloudApiException>(() => wire.Provider.ListClustersAsync().ToListAsync().AsTask());

        Assert.Equal("MalformedResponse", error.ErrorCode);
        Assert.Contains("last", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_content_is_a_typed_error()
    {
        using var wire = new AmeWire();
        wire.Respond(200, """{"last":true}""");

        var error = await Assert.ThrowsAsync<CloudApiException>(() => wire.Provider.ListClustersAsync().ToListAsync().AsTask());

        Assert.Contains("content", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_that_is_not_a_page_number_is_refused()
    {
        await Assert.ThrowsAsync<PagingException>(() => _wire.Provider.ListClustersAsync().AsPages("abc").ToListAsync().AsTask());

        Assert.Empty(_wire.Server.LogEntries);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2001)]
    public void A_page_size_out_of_range_is_refused_before_sending(int size)
    {
        var error = Assert.Throws<InvalidRequestException>(() => _wire.Provider.ListClustersAsync(new ClusterQuery { PageSize = size }));

        Assert.Contains("query.PageSize must be between 1 and 2000", error.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Prod")]
    [InlineData("prod/eu")]
    public void A_scope_that_is_not_an_environment_slug_is_refused_before_sending(string scope)
    {
        var error = Assert.Throws<InvalidRequestException>(() => _wire.Provider.ListClustersAsync(new ClusterQuery { Scope = scope }));

        Assert.Contains("query.Scope", error.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    private void PageAt(int number, bool last, params string[] slugs) =>
        _wire.Server.Given(Request.Create().WithPath(OrgPath).WithParam("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(AmeSamples.Page(number, last, [.. slugs.Select(s => AmeSamples.Cluster(s))])));
}
