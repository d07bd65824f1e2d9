using System.Diagnostics.Tracing;
using System.Globalization;
using MultiCloudClusters.Benchmarks.Baseline;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Benchmarks;

/// <summary>
/// <c>allocations &lt;case&gt; [calls]</c>: what a case allocates, by type. Runs the case's library side (or its baseline,
/// with case <c>raw-…</c>) <c>calls</c> times after a warm-up, listening to the runtime's allocation ticks (one sample about
/// every 100 KB allocated, with the type of the object that crossed the line), and prints the bytes per call and the types
/// that took the most samples. A profile, not a benchmark: it tells where to look, the benchmarks tell whether it helped.
/// Cases: <c>get-oks</c>, <c>get-eks</c>, <c>list-lakesail</c>, <c>list-ame</c>, <c>list-oks</c> (lists: one call = 10 pages).
/// </summary>
internal static class AllocationMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var name = args.Length > 1 ? args[1] : "get-oks";
        var calls = args.Length > 2 ? int.Parse(args[2], NumberStyles.None, CultureInfo.InvariantCulture) : 20_000;
        await using var server = await BenchServer.StartAsync(10).ConfigureAwait(false);
        using var raw = new RawClients(server);
        var oks = LibraryProviders.Oks(server);
        var eks = LibraryProviders.Eks(server);
        var lakeSail = LibraryProviders.LakeSail(server);
        var ame = LibraryProviders.Ame(server);
        Func<Task> call = name switch
        {
            "get-oks" => () => oks.GetClusterAsync(Payloads.OksClusterId),
            "raw-get-oks" => () => raw.GetOksClusterAsync(Payloads.OksClusterId),
            "get-eks" => () => eks.GetClusterAsync(Payloads.EksClusterName),
            "raw-get-eks" => () => raw.DescribeEksClusterAsync(Payloads.EksClusterName),
            "list-lakesail" => async () =>
            {
                await foreach (var _ in lakeSail.ListConnectionsAsync(new ConnectionQuery { PageSize = Payloads.PageSize }).ConfigureAwait(false))
                {
                }
            },
            "raw-list-lakesail" => () => raw.ListLakeSailAsync(Payloads.PageSize),
            "list-ame" => async () =>
            {
                await foreach (var _ in ame.ListClustersAsync(new Clusters.ClusterQuery { PageSize = Payloads.PageSize }).ConfigureAwait(false))
                {
                }
            },
            "raw-list-ame" => () => raw.ListAmeAsync(LibraryProviders.AmeOrganisation, Payloads.PageSize),
            "list-oks" => async () =>
            {
                await foreach (var _ in oks.ListClustersAsync(new OksClusterQuery { ProjectId = Payloads.OksProjectId, PageSize = Payloads.PageSize }).ConfigureAwait(false))
                {
                }
            },
            "raw-list-oks" => () => raw.ListOksAsync(Payloads.OksProjectId, Payloads.PageSize),
            _ => throw new ArgumentException($"unknown case '{name}'"),
        };

        for (var i = 0; i < Math.Min(calls, 2_000); i++)
        {
            await call().ConfigureAwait(false);
        }

        using var listener = new TickListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            await call().ConfigureAwait(false);
        }

        var total = GC.GetTotalAllocatedBytes(precise: true) - before;
        listener.Dispose();
        var samples = listener.Samples;
        var all = samples.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocations case={name} calls={calls} bytesPerCall={total / calls} samples={all} (process-wide: the in-process server's allocations are included)"));
        foreach (var (type, sample) in samples.OrderByDescending(s => s.Value).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * sample / all,5:0.0}%  ~{(double)total * sample / all / calls,7:0} B/call  {type}"));
        }

        return 0;
    }

    private sealed class TickListener : EventListener
    {
        private readonly object _gate = new();

        public Dictionary<string, int> Samples { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } eventName || !eventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
            {
                return;
            }

            var type = eventData.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload![t] as string ?? "?" : "?";
            lock (_gate)
            {
                Samples[type] = Samples.GetValueOrDefault(type) + 1;
            }
        }
    }
}
