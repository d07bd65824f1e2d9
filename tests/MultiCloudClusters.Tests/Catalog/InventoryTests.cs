using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Tests.Catalog;

public class InventoryTests
{
    [Fact]
    public async Task Every_provider_is_listed_and_a_failing_one_does_not_hide_the_others()
    {
        var providers = new IClusterProvider[]
        {
            new FakeProvider("a", pages: 3, perPage: 2),
            new FakeProvider("broken", pages: 1, perPage: 1, failAfterFirstPage: true),
            new FakeProvider("b", pages: 2, perPage: 3),
        };

        var entries = new List<InventoryEntry>();
        await foreach (var entry in ClusterCatalog.ListAllClustersAsync(providers))
        {
            entries.Add(entry);
        }

        Assert.Equal(6, entries.Count(e => e.Provider == "a" && !e.IsError));
        Assert.Equal(6, entries.Count(e => e.Provider == "b" && !e.IsError));
        Assert.Equal(1, entries.Count(e => e.Provider == "broken" && !e.IsError));
        var failure = Assert.Single(entries, e => e.IsError);
        Assert.Equal("broken", failure.Provider);
        Assert.IsType<CloudApiException>(failure.Error);
        Assert.Contains("broken", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Providers_are_listed_concurrently()
    {
        // Each provider's first page waits until every provider has started: a sequential inventory would hang.
        var started = new CountdownEvent(3);
        var providers = Enumerable.Range(0, 3).Select(i => (IClusterProvider)new FakeProvider($"p{i}", 1, 1, barrier: started)).ToArray();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var count = 0;
        await foreach (var entry in ClusterCatalog.ListAllClustersAsync(providers, cancellationToken: timeout.Token))
        {
            Assert.False(entry.IsError, entry.ToString());
            count++;
        }

        Assert.Equal(3, count);
    }

    [Fact]
    public async Task Stopping_early_cancels_the_remaining_work()
    {
        var slow = new FakeProvider("slow", pages: 1000, perPage: 10);
        await foreach (var entry in ClusterCatalog.ListAllClustersAsync([slow]))
        {
            break;
        }

        Assert.True(slow.PagesFetched < 1000, $"fetched {slow.PagesFetched} pages after the reader stopped");
    }

    private sealed class FakeProvider(string name, int pages, int perPage, bool failAfterFirstPage = false, CountdownEvent? barrier = null) : ClusterProviderBase
    {
        public int PagesFetched;

        public override string Name => name;

        public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.List);

        public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
            TokenPaginator.Create<ClusterInfo>(TokenStyle.Cursor, new PagingLimits(name), async (cursor, _, ct) =>
            {
                var page = cursor is null ? 0 : int.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
                Interlocked.Increment(ref PagesFetched);
                if (barrier is not null)
                {
                    barrier.Signal();
                    await Task.Run(() => barrier.Wait(ct), ct);
                }

                await Task.Yield();
                if (failAfterFirstPage && page > 0)
                {
                    throw new CloudApiException(new CloudError { Provider = name, StatusCode = 503, Message = "down" });
                }

                var items = Enumerable.Range(0, perPage).Select(i => new ClusterInfo { Provider = name, Id = $"{page}-{i}", Name = "c" }).ToList();
                var next = page + 1 < pages || failAfterFirstPage && page == 0 ? (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                return new TokenPage<ClusterInfo>(items, next);
            });
    }
}
