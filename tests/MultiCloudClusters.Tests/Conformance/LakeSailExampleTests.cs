using MultiCloudClusters.Providers.LakeSail.Generated;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// LakeSail has no machine-readable reference: every JSON response example of the seed is pinned here and must be
/// read by the generated client, through the operation that answers it, without losing a member.
/// </summary>
public sealed class LakeSailExampleTests
{
    private static readonly string[] Files =
    [
        "list-connections.json", "create-connection.json", "get-connection.json", "update-connection.json", "list-instance-types.json",
        "list-regions.json", "sync-template.json", "get-template.json", "verify-connection.json",
    ];

    public static TheoryData<string> Examples() => [.. Files];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_seed_example_is_read_without_loss(string file)
    {
        var example = ResponseExamples.Read("lakesail", file);
        using var http = ResponseExamples.Answering(200, example, "https://platform.example.test/api/v1/");
        var api = new LakeSailApiClient(http);

        object parsed = file switch
        {
            "list-connections.json" => await api.ListConnectionsAsync(),
            "create-connection.json" => await api.CreateConnectionAsync(new ConnectionCreateRequest { Name = "Production Cluster", Provider = "aws" }),
            "get-connection.json" => await api.GetConnectionAsync("A1B2C3D4E5"),
            "update-connection.json" => await api.UpdateConnectionAsync("A1B2C3D4E5", new ConnectionUpdateRequest { Name = "Production Cluster" }),
            "list-instance-types.json" => await api.ListInstanceTypesAsync("A1B2C3D4E5"),
            "list-regions.json" => await api.ListRegionsAsync("A1B2C3D4E5"),
            "sync-template.json" => await api.SyncConnectionTemplateAsync("A1B2C3D4E5"),
            "get-template.json" => await api.GetConnectionTemplateAsync("A1B2C3D4E5"),
            "verify-connection.json" => await api.VerifyConnectionAsync("A1B2C3D4E5", new ConnectionVerifyRequest()),
            _ => throw new ArgumentOutOfRangeException(nameof(file), file, "no operation answers this example"),
        };

        ResponseExamples.AssertLossless(example, parsed);
    }

    [Fact]
    public void Every_example_file_is_pinned_by_a_case()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "examples", "lakesail"), "*.json").Select(Path.GetFileName);

        Assert.Equal(files.Order(StringComparer.Ordinal), Files.Order(StringComparer.Ordinal));
    }
}
