using BenchmarkDotNet.Running;

namespace MultiCloudClusters.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/MultiCloudClusters.Benchmarks -- [--short] --filter *</c>,
/// or the memory-flatness mode: <c>… -- memory &lt;count&gt; [lakesail|ame|oks|raw-…]</c>, or an allocation profile:
/// <c>… -- allocations &lt;case&gt; [calls]</c>. <c>run.sh</c> runs everything and prints the ratios.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "memory")
        {
            return await MemoryMode.RunAsync(args).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "allocations")
        {
            return await AllocationMode.RunAsync(args).ConfigureAwait(false);
        }

        var shortRun = args.Contains("--short");
        var rest = args.Where(a => a != "--short").ToArray();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, BenchConfig.Create(shortRun));
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
