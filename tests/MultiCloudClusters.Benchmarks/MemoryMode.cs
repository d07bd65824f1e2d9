using System.Diagnostics;
using System.Globalization;
using MultiCloudClusters.Benchmarks.Baseline;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Benchmarks;

/// <summary>
/// <c>memory &lt;count&gt; [lakesail|ame|oks|raw-lakesail|raw-ame|raw-oks]</c>: streams <c>count</c> items (100 a page) through the public list API (raw-…: the raw HttpClient baseline)
/// against the in-process server and prints the peak working set. Run once per count, each in its own process
/// (<c>run.sh</c> does 10,000 and 100,000): if items are streamed, never all held, both peaks are about equal, except
/// for what the runtime itself grows with a longer run (its collector's budgets), which the raw baseline shows.
/// </summary>
internal static class MemoryMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0 || count % Payloads.PageSize != 0)
        {
            await Console.Error.WriteLineAsync($"usage: memory <count, a multiple of {Payloads.PageSize}> [lakesail|ame|oks|raw-lakesail|raw-ame|raw-oks]").ConfigureAwait(false);
            return 2;
        }

        var provider = args.Length > 2 ? args[2] : "lakesail";
        await using var server = await BenchServer.StartAsync(count / Payloads.PageSize).ConfigureAwait(false);
        var seen = 0L;
        var stopwatch = Stopwatch.StartNew();
        switch (provider)
        {
            case "lakesail":
                await foreach (var connection in LibraryProviders.LakeSail(server).ListConnectionsAsync(new ConnectionQuery { PageSize = Payloads.PageSize }).ConfigureAwait(false))
                {
                    seen += connection.Id.Length > 0 ? 1 : 0;
                }

                break;
            case "ame":
                await foreach (var cluster in LibraryProviders.Ame(server).ListClustersAsync(new ClusterQuery { PageSize = Payloads.PageSize }).ConfigureAwait(false))
                {
                    seen += cluster.Id.Length > 0 ? 1 : 0;
                }

                break;
            case "oks":
                await foreach (var cluster in LibraryProviders.Oks(server).ListClustersAsync(new OksClusterQuery { ProjectId = Payloads.OksProjectId, PageSize = Payloads.PageSize }).ConfigureAwait(false))
                {
                    seen += cluster.Id.Length > 0 ? 1 : 0;
                }

                break;
            case "raw-lakesail":
                seen = await new RawClients(server).ListLakeSailAsync(Payloads.PageSize).ConfigureAwait(false);
                break;
            case "raw-ame":
                seen = await new RawClients(server).ListAmeAsync(LibraryProviders.AmeOrganisation, Payloads.PageSize).ConfigureAwait(false);
                break;
            case "raw-oks":
                seen = await new RawClients(server).ListOksAsync(Payloads.OksProjectId, Payloads.PageSize).ConfigureAwait(false);
                break;
            default:
                await Console.Error.WriteLineAsync($"unknown provider '{provider}'").ConfigureAwait(false);
                return 2;
        }

        stopwatch.Stop();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory provider={provider} items={seen} seconds={stopwatch.Elapsed.TotalSeconds:0.00} peakWorkingSetBytes={process.PeakWorkingSet64} workingSetBytes={process.WorkingSet64} gcHeapAfterBytes={GC.GetTotalMemory(false)} gcCommittedBytes={info.TotalCommittedBytes} gen2Collections={GC.CollectionCount(2)}"));
        return seen == count ? 0 : 1;
    }
}
