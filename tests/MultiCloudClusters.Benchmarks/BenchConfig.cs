using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MultiCloudClusters.Benchmarks;

/// <summary>
/// The configurations. <c>--short</c> (what <c>run.sh</c> uses): one in-process launch, 2 warm-up and 5 measured
/// iterations (no separate build of a benchmark project, which alone takes a minute on two cores). Without it:
/// BenchmarkDotNet's default job, out of process.
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create(bool shortRun)
    {
        var job = shortRun
            ? Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(5)
                .WithId("Short")
            : Job.Default;
        return DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .AddExporter(CsvExporter.Default)
            .AddExporter(JsonExporter.Full)
            .WithOption(ConfigOptions.JoinSummary, false);
    }
}
