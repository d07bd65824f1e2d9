using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MultiCloudClusters.Benchmarks.Server;
using MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Benchmarks.Cases;

/// <summary>
/// Not a target: what reading member names without regard to case costs the generated models, on one AME page of
/// 100 clusters read from memory (as the library reads a buffered body), against the same context reading names exactly.
/// </summary>
[MemoryDiagnoser]
public class JsonCaseAme
{
    private static readonly byte[] Page = [.. Payloads.AmePagePrefix, .. """
        "empty":false,"first":true,"last":false,"number":0,"numberOfElements":100,"size":100,"totalElements":100000,"totalPages":1000}
        """u8];

    private readonly JsonSerializerOptions _exact = new(AmeJsonContext.Default.Options) { PropertyNameCaseInsensitive = false };

    [Benchmark(Baseline = true, Description = "names without regard to case (the library's setting)")]
    public int CaseInsensitive() => JsonSerializer.Deserialize(Page, AmeJsonContext.Default.ClusterPage)!.Content!.Count;

    [Benchmark(Description = "the baseline's hand-written DTOs")]
    public int BaselineDtos() => JsonSerializer.Deserialize(Page, Baseline.BaselineJson.Default.AmeClusterPage)!.Content!.Count;

    [Benchmark(Description = "generated models, then the library's AmeCluster")]
    public int GeneratedThenMapped()
    {
        var page = JsonSerializer.Deserialize(Page, AmeJsonContext.Default.ClusterPage)!;
        var count = 0;
        foreach (var cluster in page.Content!)
        {
            count += Providers.Ame.AmeModels.ToModel(cluster).Slug is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(Description = "names matched exactly")]
    public int Exact() => JsonSerializer.Deserialize(Page, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ClusterPage>)_exact.GetTypeInfo(typeof(ClusterPage)))!.Content!.Count;
}
