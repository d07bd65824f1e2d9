using Microsoft.Extensions.DependencyInjection;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.DependencyInjection;
using MultiCloudClusters.Paging;

namespace MultiCloudClusters.Tests.Catalog;

/// <summary>The inventory lists every registration concurrently, but never more at once than <c>MaxConcurrency</c>.</summary>
public sealed class CatalogConcurrencyTests
{
    [Theory]
    [InlineData(2, 5)]
    [InlineData(3, 7)]
    public async Task The_catalog_lists_at_most_MaxConcurrency_registrations_at_once(int limit, int registrations)
    {
        var gauge = new Gauge(limit);
        var services = new ServiceCollection();
        var names = Enumerable.Range(0, registrations).Select(i => $"fake-{i}").ToList();
        foreach (var name in names)
        {
            services.AddKeyedSingleton<IClusterProvider>(name, new HeldProvider(gauge) { Registration = name });
        }

        await using var built = services.BuildServiceProvider();
        var catalog = new ClusterCatalog(built, names.Select(n => new ProviderRegistration(n, "fake", ProviderKind.Cluster)), new ClusterCatalogOptions { MaxConcurrency = limit });

        var entries = await gauge.RunAsync(() => catalog.ListAllClustersAsync().ToListAsync().AsTask());

        Assert.Equal(limit, gauge.Max);
        Assert.Equal(names, entries.Select(e => e.Registration).Order());
        Assert.All(entries, e => Assert.Equal(("fake", e.Registration), (e.Provider, e.Cluster!.Registration)));
    }

    [Fact]
    public async Task A_bound_of_one_lists_one_provider_after_the_other()
    {
        var gauge = new Gauge(1);
        var providers = Enumerable.Range(0, 4).Select(i => new HeldProvider(gauge) { Registration = $"p{i}" }).ToList();

        var entries = await gauge.RunAsync(() => ClusterCatalog.ListAllClustersAsync(providers, maxConcurrency: 1).ToListAsync().AsTask());

        Assert.Equal(1, gauge.Max);
        Assert.Equal(4, entries.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1025)]
    public void A_bound_outside_1_to_1024_is_refused(int bound)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClusterCatalog.ListAllClustersAsync([], maxConcurrency: bound));

        Assert.Equal("maxConcurrency", ex.ParamName);
    }

    [Fact]
    public async Task A_failing_registration_is_reported_under_its_name_and_provider()
    {
        var broken = new HeldProvider(gauge: null, fail: true) { Registration = "fake-eu" };

        var entry = Assert.Single(await ClusterCatalog.ListAllClustersAsync([broken]).ToListAsync());

        Assert.True(entry.IsError);
        Assert.Equal(("fake-eu", "fake"), (entry.Registration, entry.Provider));
        Assert.StartsWith("fake-eu (fake): failed: ", entry.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Counts listings in progress. The first <c>limit</c> to start are held until the test has seen them all
    /// and waited a moment for an extra one to slip in (which a working bound never lets happen), then released.
    /// </summary>
    private sealed class Gauge(int limit)
    {
        private readonly TaskCompletionSource _limitReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _overflow = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _current;
        private int _entered;
        private int _max;

        public int Max => Volatile.Read(ref _max);

        public async Task EnterAsync(CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _current);
            int seen;
            while ((seen = Volatile.Read(ref _max)) < now && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }

            var entered = Interlocked.Increment(ref _entered);
            if (entered == limit)
            {
                _limitReached.TrySetResult();
            }
            else if (entered > limit && !_release.Task.IsCompleted)
            {
                _overflow.TrySetResult();
            }

            try
            {
                await _release.Task.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _current);
            }
        }

        public async Task<T> RunAsync<T>(Func<Task<T>> listing)
        {
            using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // only catches a hang
            var run = listing();
            await _limitReached.Task.WaitAsync(hang.Token);
            await Task.WhenAny(_overflow.Task, Task.Delay(TimeSpan.FromMilliseconds(200), hang.Token));
            Assert.False(_overflow.Task.IsCompleted, $"more than {limit} listings started at once");
            _release.TrySetResult();
            return await run.WaitAsync(hang.Token);
        }
    }

    private sealed class HeldProvider(Gauge? gauge, bool fail = false) : ClusterProviderBase
    {
        public override string Name => "fake";

        public override ClusterCapabilities Capabilities { get; } = new(ClusterOperations.List);

        public override AsyncPageable<ClusterInfo> ListClustersAsync(ClusterQuery? query = null, CancellationToken cancellationToken = default) =>
            AsyncPageable<ClusterInfo>.Create("single page", new PagingLimits(Name), async (_, ct) =>
            {
                if (gauge is not null)
                {
                    await gauge.EnterAsync(ct);
                }

                return fail
                    ? throw new InvalidOperationException("listing failed")
                    : new Page<ClusterInfo>([new ClusterInfo { Provider = Name, Registration = Registration, Id = "1", Name = "c" }], null);
            }, cancellationToken);
    }
}
