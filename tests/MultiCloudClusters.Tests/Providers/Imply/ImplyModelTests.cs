using System.Text.Json;
using System.Text.Json.Nodes;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Tests.Conformance;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>
/// Every Imply answer lands in <see cref="ImplyCluster"/> without losing a member (the pinned examples, with an unknown
/// member added at each level, are written back from the model and compared), an overwrite sends back what it read,
/// and the spec reads and writes as the API spells it.
/// </summary>
public sealed class ImplyModelTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;

    private static readonly string[] Objects =
    [
        "$", "$.metadata", "$.spec", "$.spec.master", "$.spec.query", "$.spec.data", "$.spec.data.tier1", "$.spec.metadataStore", "$.spec.pivot",
        "$.spec.deepStorage", "$.spec.commonRuntimeProperties[0]", "$.spec.customFiles[0]", "$.status", "$.status.servers[0]",
    ];

    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData("list", "GET", "/clusters", "")]
    [InlineData("get", "GET", "/clusters/" + Id, "")]
    [InlineData("history", "GET", "/clusters/" + Id + "/history/1", "")]
    [InlineData("update", "PATCH", "/clusters/" + Id, "")]
    [InlineData("overwrite", "PUT", "/clusters/" + Id, "?force=true")]
    [InlineData("create", "POST", "/clusters", "?dryRun=true")]
    public async Task Every_cluster_answer_is_mapped_whole(string operation, string method, string path, string query)
    {
        var example = Sample();
        _h.Answer(method, path, 200, operation == "list" ? $"[{example}]" : example);
        var provider = _h.Provider();

        var info = operation switch
        {
            "list" => await SingleAsync(provider.ListClustersAsync()),
            "get" => await provider.GetClusterAsync(Id),
            "history" => await provider.GetClusterVersionAsync(Id, 1),
            "update" => await provider.StopClusterAsync(Id),
            "overwrite" => await provider.OverwriteClusterAsync(Id, Complete(), force: true),
            _ => await provider.CreateClusterAsync(new ClusterCreateRequest { Name = "test-1", Version = "2021.06", Options = new ImplyClusterOptions { DryRun = true } }),
        };

        Assert.Equal(query, ImplyHarness.Query(_h.SingleApiRequest(method, path)));
        var cluster = info.GetNative<ImplyCluster>();
        ResponseExamples.AssertWrittenLossless(example, ModelJson.ToNode(cluster));
        Assert.Equal(JsonValueKind.Object, cluster.Spec.CommonRuntimeProperties![0].AdditionalProperties[ModelJson.Unknown].ValueKind);
        Assert.Equal(JsonValueKind.Object, cluster.Status!.Servers[0].AdditionalProperties[ModelJson.Unknown].ValueKind);
        Assert.Equal(("test-1", Id, "imply-key-pair"), (info.Name, info.Id, cluster.Spec.AwsKeyPair));
    }

    [Fact]
    public async Task The_seed_example_of_a_dry_run_is_mapped_whole_without_an_id()
    {
        var example = ModelJson.WithUnknownMember(ResponseExamples.Read("imply", "cluster-seed-example.json"), "$", "$.metadata", "$.spec", "$.spec.data.tier1");
        _h.Answer("POST", "/clusters", 200, example);

        var info = await _h.Provider().CreateClusterAsync(new ClusterCreateRequest { Name = "test-1", Version = "2021.06", Options = new ImplyClusterOptions { DryRun = true } });

        Assert.Equal(string.Empty, info.Id);
        var cluster = info.GetNative<ImplyCluster>();
        Assert.Null(cluster.Status);
        ResponseExamples.AssertWrittenLossless(example, ModelJson.ToNode(cluster));
    }

    [Fact]
    public async Task An_overwrite_of_what_was_read_sends_every_member_back_except_the_status()
    {
        var example = Sample();
        _h.Answer("GET", "/clusters/" + Id, 200, example);
        _h.Answer("PUT", "/clusters/" + Id, 202, example);
        var provider = _h.Provider();
        var cluster = (await provider.GetClusterAsync(Id)).GetNative<ImplyCluster>();
        _h.Server.ResetLogEntries();

        await provider.OverwriteClusterAsync(Id, cluster);

        var body = JsonNode.Parse(ImplyHarness.RawBody(_h.SingleApiRequest("PUT", "/clusters/" + Id))!)!.AsObject();
        Assert.False(body.ContainsKey("status"));
        var expected = JsonNode.Parse(example)!.AsObject();
        expected.Remove("status");
        ResponseExamples.AssertWrittenLossless(expected.ToJsonString(), body);
    }

    [Fact]
    public void A_spec_reads_and_writes_as_the_api_spells_it()
    {
        var spec = JsonNode.Parse(Sample())!["spec"]!.ToJsonString();

        var read = JsonSerializer.Deserialize<ImplyClusterSpec>(spec)!;
        var written = JsonSerializer.SerializeToNode(read, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });

        Assert.Equal("value1", read.CommonRuntimeProperties![0].Value);
        Assert.Equal("PROXIED", read.Pivot!.AccessMode);
        Assert.True(read.Data!.Tier1!.AdditionalProperties.ContainsKey(ModelJson.Unknown));
        ResponseExamples.AssertWrittenLossless(spec, written);
    }

    [Fact]
    public async Task A_spec_member_the_api_declares_cannot_be_set_as_an_unknown_one()
    {
        var spec = new ImplyClusterSpec { AdditionalProperties = { ["version"] = JsonSerializer.SerializeToElement("2024.01") } };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest { Options = new ImplyClusterOptions { Spec = spec } }));

        Assert.Equal("request.Options.Spec.AdditionalProperties[version]", Assert.Single(error.FieldErrors).Field);
        Assert.Empty(_h.ApiRequests());
    }

    [Fact]
    public async Task Runtime_property_values_stay_out_of_ToString()
    {
        const string Password = "metadata-db-password-Kq72xLm";
        var withSecret = Sample().Replace("\"value1\"", $"\"{Password}\"", StringComparison.Ordinal);
        _h.Answer("GET", "/clusters/" + Id, 200, withSecret);

        var info = await _h.Provider().GetClusterAsync(Id);
        var cluster = info.GetNative<ImplyCluster>();

        Assert.Equal(Password, cluster.Spec.CommonRuntimeProperties![0].Value);
        foreach (var shown in new object[] { info, cluster, cluster.Spec, cluster.Spec.CommonRuntimeProperties[0], cluster.Metadata, cluster.Status! })
        {
            Assert.DoesNotContain(Password, shown.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains("test-1", cluster.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Imply's published sample with a custom file, and an unknown member in every object.</summary>
    private static string Sample()
    {
        var root = JsonNode.Parse(ResponseExamples.Read("imply", "cluster-published-sample.json"))!;
        root["spec"]!["customFiles"] = new JsonArray(new JsonObject { ["name"] = "lookup.csv", ["url"] = "s3://my-bucket/lookup.csv" });
        return ModelJson.WithUnknownMember(root.ToJsonString(), Objects);
    }

    private static ImplyCluster Complete() => new()
    {
        Metadata = new ImplyClusterMetadata { Name = "test-1" },
        Spec = new ImplyClusterSpec { Version = "2021.06", Pivot = new ImplyPivotAccess { AccessMode = "PROXIED" } },
    };

    private static async Task<ClusterInfo> SingleAsync(MultiCloudClusters.Paging.AsyncPageable<ClusterInfo> clusters)
    {
        var all = new List<ClusterInfo>();
        await foreach (var cluster in clusters)
        {
            all.Add(cluster);
        }

        return Assert.Single(all);
    }
}
