using MultiCloudClusters.Providers.Imply.Generated;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// Imply has no machine-readable reference: the seed's examples and Imply's published sample response are pinned
/// here and must be read by the generated client without losing a member.
/// </summary>
public sealed class ImplyExampleTests
{
    [Theory]
    [InlineData("cluster-seed-example.json", 200)]
    [InlineData("cluster-published-sample.json", 200)]
    [InlineData("cluster-published-sample.json", 202)] // a real create is answered "request accepted"
    public async Task A_cluster_example_is_read_without_loss_by_create(string file, int status)
    {
        var example = ResponseExamples.Read("imply", file);
        using var http = ResponseExamples.Answering(status, example);

        var cluster = await new ImplyApiClient(http).CreateClusterAsync(new Cluster { Metadata = new ObjectMeta { Name = "test-1" }, Spec = new ClusterSpec() });

        ResponseExamples.AssertLossless(example, cluster);
        Assert.True(cluster.Spec.AdditionalProperties is null or { Count: 0 }); // every spec member the examples show is a typed member
    }

    [Fact]
    public async Task The_published_sample_s_runtime_properties_and_key_pair_are_typed()
    {
        using var http = ResponseExamples.Answering(200, ResponseExamples.Read("imply", "cluster-published-sample.json"));

        var cluster = await new ImplyApiClient(http).GetClusterAsync("e9e1e18f-a9e8-4dd7-8a18-768039c57f22");

        var property = Assert.Single(cluster.Spec.CommonRuntimeProperties!);
        Assert.Equal(("common.druid.prop", "value1"), (property.Name, property.Value));
        Assert.Equal("imply-key-pair", cluster.Spec.AwsKeyPair);
        Assert.Empty(cluster.Spec.Master!.CoordinatorRuntimeProperties!);
        Assert.Equal("i-0123456789abcdef0", Assert.Single(cluster.Status!.Servers!).InstanceId);
    }

    [Fact]
    public async Task Runtime_properties_as_plain_strings_are_not_the_documented_shape()
    {
        // The shape the spec used to assume: the generated client now refuses it instead of silently misreading it.
        var old = ResponseExamples.Read("imply", "cluster-seed-example.json").Replace("\"commonRuntimeProperties\": []", "\"commonRuntimeProperties\": [\"druid.x=1\"]", StringComparison.Ordinal);
        Assert.Contains("druid.x=1", old, StringComparison.Ordinal);
        using var http = ResponseExamples.Answering(200, old);

        await Assert.ThrowsAsync<ImplyApiException>(() => new ImplyApiClient(http).GetClusterAsync("e9e1e18f-a9e8-4dd7-8a18-768039c57f22"));
    }

    [Theory]
    [InlineData(400, "error-400.json")]
    [InlineData(401, "error-401.json")]
    [InlineData(403, "error-403.json")]
    [InlineData(409, "error-409.json")]
    public async Task An_error_example_is_read_without_loss(int status, string file)
    {
        var example = ResponseExamples.Read("imply", file);
        using var http = ResponseExamples.Answering(status, example);

        var error = await Assert.ThrowsAsync<ImplyApiException<ErrorResponse>>(() =>
            new ImplyApiClient(http).CreateClusterAsync(new Cluster { Metadata = new ObjectMeta { Name = "test-1" }, Spec = new ClusterSpec() }));

        Assert.Equal(status, error.StatusCode);
        ResponseExamples.AssertLossless(example, error.Result);
    }
}
