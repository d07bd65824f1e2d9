using MultiCloudClusters.Connections;
using MultiCloudClusters.Providers.LakeSail;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>
/// The request id of a successful LakeSail answer on what the call returns. LakeSail documents no request-id header
/// (its errors carry <c>details.requestId</c>); the library reads the same headers as for errors.
/// </summary>
public sealed class LakeSailRequestIdTests : IDisposable
{
    private const string Connection = LakeSailFixture.Prefix + "/infra/connections/C0NN3CT10N";
    private readonly LakeSailFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Get_carries_the_header_id_on_the_connection_and_its_native_model()
    {
        RequestIds.Answer(_f.Wire.Server, "GET", Connection, 200, LakeSailFixture.ConnectionJson, "req-ls-get");

        var connection = await _f.Provider.GetConnectionAsync("C0NN3CT10N");

        Assert.Equal("req-ls-get", connection.RequestId);
        Assert.Equal("req-ls-get", Assert.IsType<LakeSailConnection>(connection.Native).RequestId);
    }

    [Fact]
    public async Task Without_a_request_id_header_it_is_null()
    {
        RequestIds.Answer(_f.Wire.Server, "GET", Connection, 200, LakeSailFixture.ConnectionJson, requestId: null);

        var connection = await _f.Provider.GetConnectionAsync("C0NN3CT10N");

        Assert.Null(connection.RequestId);
        Assert.Null(Assert.IsType<LakeSailConnection>(connection.Native).RequestId);
    }

    [Fact]
    public async Task A_hostile_header_is_cleaned()
    {
        await using var server = RequestIds.HostileHeaderServer(LakeSailFixture.ConnectionJson);
        _f.Options.Endpoint = new Uri(server.Root, LakeSailFixture.Prefix + "/");

        var connection = await new LakeSailConnectionProvider(_f.Options).GetConnectionAsync("C0NN3CT10N");

        RequestIds.AssertCleanedHeader(connection.RequestId);
    }

    [Fact]
    public async Task Listed_connections_and_the_operations_listed_with_them_carry_the_page_id()
    {
        RequestIds.Answer(_f.Wire.Server, "GET", LakeSailFixture.Prefix + "/infra/connections", 200, """
            {
              "items": [ { "id": "C1", "name": "one" }, { "id": "C2", "name": "two" } ],
              "included": { "operations": [ { "id": "op-1", "status": "running", "resourceId": "C1" } ] }
            }
            """, "req-page");

        var connections = await _f.Provider.ListConnectionsAsync().ToListAsync();

        Assert.Equal(["req-page", "req-page"], connections.Select(c => c.RequestId));
        Assert.Equal("req-page", Assert.Single(connections[0].Operations).RequestId);
    }

    [Fact]
    public async Task An_operation_takes_the_id_of_the_latest_answer_about_it()
    {
        const string path = LakeSailFixture.Prefix + "/operations/op-1";
        _f.Wire.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("poll").WillSetStateTo("second")
            .RespondWith(Json("""{ "id": "op-1", "status": "running" }""", "req-first-look"));
        _f.Wire.Server.Given(Request.Create().WithPath(path).UsingGet()).InScenario("poll").WhenStateIs("second")
            .RespondWith(Json("""{ "id": "op-1", "status": "succeeded" }""", "req-second-look"));

        var operation = await _f.Provider.GetOperationAsync("op-1");
        Assert.Equal("req-first-look", operation.RequestId);
        await operation.UpdateStatusAsync();

        Assert.Equal(CloudOperationStatus.Succeeded, operation.Status);
        Assert.Equal("req-second-look", operation.RequestId);
        Assert.Equal("req-second-look", Assert.IsType<LakeSailOperation>(operation.Native).RequestId);
    }

    [Fact]
    public async Task Templates_regions_and_instance_types_carry_their_answers_ids()
    {
        RequestIds.Answer(_f.Wire.Server, "GET", Connection + "/template", 200, """{ "templateUrl": "https://templates.example/t.yaml" }""", "req-template");
        RequestIds.Answer(_f.Wire.Server, "GET", Connection + "/regions", 200, """{ "items": [ { "provider": "aws", "regionCode": "us-east-1" } ] }""", "req-regions");
        RequestIds.Answer(_f.Wire.Server, "GET", Connection + "/instance-types", 200, """{ "items": [ { "provider": "aws", "instanceType": "m7g.large" } ] }""", "req-types");

        var template = await _f.Provider.GetTemplateAsync("C0NN3CT10N");
        var region = Assert.Single(await _f.Provider.ListRegionsAsync("C0NN3CT10N"));
        var list = await _f.Provider.GetInstanceTypeListAsync("C0NN3CT10N");
        var type = Assert.Single(await _f.Provider.ListInstanceTypesAsync("C0NN3CT10N"));

        Assert.Equal("req-template", template.RequestId);
        Assert.Equal("req-template", Assert.IsType<LakeSailConnectionTemplate>(template.Native).RequestId);
        Assert.Equal("req-regions", region.RequestId);
        Assert.Equal("req-regions", Assert.IsType<LakeSailRegion>(region.Native).RequestId);
        Assert.Equal("req-types", list.RequestId);
        Assert.Equal("req-types", Assert.Single(list.Items).RequestId);
        Assert.Equal("req-types", type.RequestId);
    }

    private static IResponseBuilder Json(string body, string requestId) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("x-request-id", requestId).WithBody(body);
}
