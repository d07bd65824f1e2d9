using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.LakeSail;
using static MultiCloudClusters.Tests.Providers.LakeSail.LakeSailFixture;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>Instance types with the platform's sizing metadata (<see cref="LakeSailConnectionProvider.GetInstanceTypeListAsync"/>).</summary>
public sealed class LakeSailInstanceTypeListTests : IDisposable
{
    private const string InstanceTypesPath = "/infra/connections/C0NN3CT10N/instance-types";

    private const string InstanceTypeListJson = """
        {
          "items": [
            { "provider": "aws", "instanceType": "m7g.2xlarge", "vCpus": 8, "memoryMiB": 32768, "architecture": "arm64",
              "gpuCount": 0, "instanceFamily": "m7g", "maxPods": 58, "group": "general", "allocatableMilliCpu": 7910,
              "spotPrice": 0.12 }
          ],
          "metadata": {
            "provider": "aws", "systemPodsPerNode": 3, "systemPodsPerSystemNode": 6.5, "systemPodsFixed": 12,
            "systemPodsPerNodeMargin": 0.5, "systemPodsFixedMargin": 1.5, "systemMilliCPUPerNode": 180,
            "systemMilliCPUFixed": 900, "karpenterMilliCPUPerReplica": 250, "karpenterReplicas": 2,
            "gpuOperatorMilliCPU": 100
          },
          "generatedAt": "2025-03-01T10:00:00Z"
        }
        """;

    private readonly LakeSailFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task GetInstanceTypeList_sends_every_filter_and_maps_types_and_sizing_metadata()
    {
        _f.Answer(200, InstanceTypeListJson);

        var list = await _f.Provider.GetInstanceTypeListAsync("C0NN3CT10N", new InstanceTypeQuery
        {
            Region = "eu-west-1", Architecture = "arm64", MinVCpus = 2, MinMemoryMiB = 4096, Limit = 50,
        });

        var request = _f.SingleRequest("GET", InstanceTypesPath);
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
        var query = request.RequestMessage.Query!;
        Assert.Equal(["architecture", "limit", "minMemoryMiB", "minVCpus", "region"], query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("eu-west-1", query["region"].Single());
        Assert.Equal("arm64", query["architecture"].Single());
        Assert.Equal("2", query["minVCpus"].Single());
        Assert.Equal("4096", query["minMemoryMiB"].Single());
        Assert.Equal("50", query["limit"].Single());

        var type = Assert.Single(list.Items);
        Assert.Equal("aws", type.Provider);
        Assert.Equal("m7g.2xlarge", type.InstanceType);
        Assert.Equal(8, type.VCpus);
        Assert.Equal(32768, type.MemoryMiB);
        Assert.Equal("arm64", type.Architecture);
        Assert.Equal(0, type.GpuCount);
        Assert.Equal("m7g", type.InstanceFamily);
        Assert.Equal(58, type.MaxPods);
        Assert.Equal("general", type.Group);
        Assert.Equal(7910, type.AllocatableMilliCpu);
        Assert.Equal(0.12, Assert.Single(type.AdditionalProperties, p => p.Key == "spotPrice").Value.GetDouble());

        var metadata = list.Metadata!;
        Assert.Equal("aws", metadata.Provider);
        Assert.Equal(3, metadata.SystemPodsPerNode);
        Assert.Equal(6.5, metadata.SystemPodsPerSystemNode);
        Assert.Equal(12, metadata.SystemPodsFixed);
        Assert.Equal(0.5, metadata.SystemPodsPerNodeMargin);
        Assert.Equal(1.5, metadata.SystemPodsFixedMargin);
        Assert.Equal(180, metadata.SystemMilliCpuPerNode);
        Assert.Equal(900, metadata.SystemMilliCpuFixed);
        Assert.Equal(250, metadata.KarpenterMilliCpuPerReplica);
        Assert.Equal(2, metadata.KarpenterReplicas);
        Assert.Equal(100, Assert.Single(metadata.AdditionalProperties).Value.GetInt32());
        Assert.Equal("2025-03-01T10:00:00Z", Assert.Single(list.AdditionalProperties, p => p.Key == "generatedAt").Value.GetString());
    }

    [Fact]
    public async Task GetInstanceTypeList_without_filters_sends_no_query_and_tolerates_missing_metadata()
    {
        _f.Answer(200, """{ "items": [] }""");

        var list = await _f.Provider.GetInstanceTypeListAsync("C0NN3CT10N");

        Assert.Null(RawQuery(_f.SingleRequest("GET", InstanceTypesPath)));
        Assert.Empty(list.Items);
        Assert.Null(list.Metadata);
        Assert.Empty(list.AdditionalProperties);
    }

    [Fact]
    public async Task GetInstanceTypeList_refuses_bad_filters_before_sending_anything()
    {
        _f.Answer(200, InstanceTypeListJson);

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _f.Provider.GetInstanceTypeListAsync("C0NN3CT10N", new InstanceTypeQuery { MinMemoryMiB = 512 }));

        Assert.Equal("query.MinMemoryMiB", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_f.Requests);
    }

    [Fact]
    public async Task GetInstanceTypeList_without_items_is_a_malformed_response()
    {
        _f.Answer(200, """{ "metadata": { "provider": "aws" } }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _f.Provider.GetInstanceTypeListAsync("C0NN3CT10N"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Fact]
    public async Task ListInstanceTypes_carries_the_native_type_of_each_item()
    {
        _f.Answer(200, InstanceTypeListJson);

        var type = Assert.Single(await _f.Provider.ListInstanceTypesAsync("C0NN3CT10N"));

        _f.SingleRequest("GET", InstanceTypesPath);
        var native = Assert.IsType<LakeSailInstanceType>(type.Native);
        Assert.Equal(type.Name, native.InstanceType);
        Assert.True(native.AdditionalProperties.ContainsKey("spotPrice"));
    }
}
