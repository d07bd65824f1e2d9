using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static MultiCloudClusters.Tests.Providers.LakeSail.LakeSailFixture;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>Marker paging: pages in order, resuming from a marker, a server that repeats itself, related operations.</summary>
public sealed class LakeSailPagingTests : IDisposable
{
    private readonly LakeSailFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Three_pages_come_in_order_and_each_page_carries_the_next_marker()
    {
        ThreePages();

        var pages = new List<Page<CloudConnection>>();
        await foreach (var page in _f.Provider.ListConnectionsAsync(new ConnectionQuery { PageSize = 2 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal([["c1", "c2"], ["c3", "c4"], ["c5"]], pages.Select(p => p.Values.Select(c => c.Id).ToArray()));
        Assert.Equal(["m2", "m3", null], pages.Select(p => p.ContinuationToken));
        var requests = _f.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => AssertRequest(r, "GET", "/infra/connections"));
        Assert.Equal(["?limit=2", "?limit=2&marker=m2", "?limit=2&marker=m3"], requests.Select(RawQuery));
    }

    [Fact]
    public async Task Items_stream_lazily_across_pages()
    {
        ThreePages();

        var ids = new List<string>();
        await foreach (var connection in _f.Provider.ListConnectionsAsync())
        {
            ids.Add(connection.Id);
            if (ids.Count == 2)
            {
                // Only the first page has been fetched so far.
                Assert.Single(_f.Wire.Server.LogEntries);
            }
        }

        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], ids);
        Assert.Null(RawQuery(_f.Requests[0]));
    }

    [Fact]
    public async Task Resuming_from_page_two_marker_gives_pages_two_and_three()
    {
        ThreePages();

        var pages = new List<Page<CloudConnection>>();
        await foreach (var page in _f.Provider.ListConnectionsAsync().AsPages("m2", pageSize: 2))
        {
            pages.Add(page);
        }

        Assert.Equal([["c3", "c4"], ["c5"]], pages.Select(p => p.Values.Select(c => c.Id).ToArray()));
        Assert.Equal(["?limit=2&marker=m2", "?limit=2&marker=m3"], _f.Requests.Select(RawQuery));
    }

    [Fact]
    public async Task A_repeated_marker_stops_with_a_paging_exception()
    {
        Page(null, """{ "items": [ { "id": "c1" } ], "marker": "m2" }""");
        Page("m2", """{ "items": [ { "id": "c2" } ], "marker": "m2" }""");

        var seen = new List<string>();
        var ex = await Assert.ThrowsAsync<PagingException>(async () =>
        {
            await foreach (var connection in _f.Provider.ListConnectionsAsync())
            {
                seen.Add(connection.Id);
            }
        });

        Assert.Equal("marker", ex.Style);
        Assert.Equal(["c1", "c2"], seen);
        Assert.Equal(2, _f.Requests.Count);
    }

    [Fact]
    public async Task An_empty_marker_ends_the_list()
    {
        Page(null, """{ "items": [ { "id": "c1" } ], "marker": "" }""");

        var all = await ToListAsync(_f.Provider.ListConnectionsAsync());

        Assert.Equal("c1", Assert.Single(all).Id);
    }

    [Fact]
    public async Task A_page_without_items_is_a_typed_error()
    {
        Page(null, """{ "marker": "m2" }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => ToListAsync(_f.Provider.ListConnectionsAsync()));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Fact]
    public async Task Included_operations_are_attached_to_their_connections_and_can_be_polled()
    {
        Page(null, $$"""
            {
              "items": [ {{ConnectionJson}}, { "id": "OTHER", "name": "Other" } ],
              "included": { "operations": [
                { "id": "op-1", "operation": "connection.syncTemplate", "status": "running", "resourceType": "connection", "resourceId": "C0NN3CT10N",
                  "progress": { "stage": "updating-stack", "message": "Updating role", "summary": { "total": 4, "pending": 1, "running": 1, "succeeded": 2 } } },
                { "id": "op-2", "status": "succeeded", "resourceType": "network", "resourceId": "N3TW0RK" }
              ] }
            }
            """);
        _f.Wire.Server.Given(Request.Create().UsingGet().WithPath(Prefix + "/operations/op-1"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{ "id": "op-1", "status": "succeeded" }"""));

        var all = await ToListAsync(_f.Provider.ListConnectionsAsync());

        var production = all.Single(c => c.Id == "C0NN3CT10N");
        var operation = Assert.Single(production.Operations);
        Assert.Equal("op-1", operation.Id);
        Assert.Equal(CloudOperationStatus.Running, operation.Status);
        Assert.Equal("updating-stack", operation.Progress!.Stage);
        Assert.Equal(4, operation.Progress.Counts!.Total);
        Assert.Empty(all.Single(c => c.Id == "OTHER").Operations);

        await operation.UpdateStatusAsync();
        Assert.True(operation.HasCompleted);
        Assert.Equal(CloudOperationStatus.Succeeded, operation.Status);
    }

    [Fact]
    public async Task The_page_size_of_AsPages_overrides_the_query()
    {
        Page(null, """{ "items": [] }""");

        await foreach (var _ in _f.Provider.ListConnectionsAsync(new ConnectionQuery { PageSize = 10 }).AsPages(pageSize: 100))
        {
        }

        Assert.Equal("?limit=100", RawQuery(Assert.Single(_f.Requests)));
    }

    private void ThreePages()
    {
        Page(null, """{ "items": [ { "id": "c1", "name": "one" }, { "id": "c2", "name": "two" } ], "marker": "m2" }""");
        Page("m2", """{ "items": [ { "id": "c3", "name": "three" }, { "id": "c4", "name": "four" } ], "marker": "m3" }""");
        Page("m3", """{ "items": [ { "id": "c5", "name": "five" } ], "marker": null }""");
    }

    private void Page(string? marker, string body)
    {
        var request = Request.Create().UsingGet().WithPath(Prefix + "/infra/connections");
        var given = marker is null
            ? _f.Wire.Server.Given(request).AtPriority(10)
            : _f.Wire.Server.Given(request.WithParam("marker", marker)).AtPriority(1);
        given.RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
