using System.Text;
using System.Text.Json;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Tests.Wire;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static MultiCloudClusters.Tests.Providers.LakeSail.LakeSailFixture;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>Every connection operation through the provider: what goes on the wire and what comes back.</summary>
public sealed class LakeSailConnectionTests : IDisposable
{
    private readonly LakeSailFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task GetConnection_sends_bearer_get_and_maps_every_field()
    {
        _f.Answer(200, ConnectionJson);

        var connection = await _f.Provider.GetConnectionAsync("C0NN3CT10N");

        var request = _f.SingleRequest("GET", "/infra/connections/C0NN3CT10N");
        Assert.Null(RawQuery(request));
        AssertProduction(connection);
    }

    [Fact]
    public async Task GetConnection_escapes_the_id()
    {
        _f.Answer(200, ConnectionJson);

        await _f.Provider.GetConnectionAsync("a/b c");

        _f.SingleRequest("GET", "/infra/connections/a%2Fb%20c");
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public async Task CreateConnection_posts_name_provider_and_config(int status)
    {
        _f.Answer(status, ConnectionJson);

        var connection = await _f.Provider.CreateConnectionAsync(new ConnectionCreateRequest
        {
            Name = "Production",
            CloudProvider = "aws",
            Account = new CloudAccountConfig { AccountId = "123456789012", Region = "us-east-1", RoleArn = "arn:aws:iam::123456789012:role/LakeSailConnection" },
        });

        var request = _f.SingleRequest("POST", "/infra/connections");
        Assert.StartsWith("application/json", WireServer.Header(request, "Content-Type"), StringComparison.Ordinal);
        var body = Body(request);
        Assert.Equal(["name", "provider", "providerConfig"], body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Production", body.GetProperty("name").GetString());
        Assert.Equal("aws", body.GetProperty("provider").GetString());
        var config = body.GetProperty("providerConfig");
        Assert.Equal(["accountId", "region", "roleArn"], config.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("123456789012", config.GetProperty("accountId").GetString());
        Assert.Equal("us-east-1", config.GetProperty("region").GetString());
        Assert.Equal("arn:aws:iam::123456789012:role/LakeSailConnection", config.GetProperty("roleArn").GetString());
        AssertProduction(connection);
    }

    [Fact]
    public async Task UpdateConnection_patches_only_what_changes()
    {
        _f.Answer(200, ConnectionJson);

        var connection = await _f.Provider.UpdateConnectionAsync("C0NN3CT10N", new ConnectionUpdateRequest { Name = "Renamed" });

        var request = _f.SingleRequest("PATCH", "/infra/connections/C0NN3CT10N");
        var body = Body(request);
        Assert.Equal("name", Assert.Single(body.EnumerateObject()).Name);
        Assert.Equal("Renamed", body.GetProperty("name").GetString());
        Assert.Equal("C0NN3CT10N", connection.Id);
    }

    [Fact]
    public async Task UpdateConnection_sends_account_details()
    {
        _f.Answer(200, ConnectionJson);

        await _f.Provider.UpdateConnectionAsync("C0NN3CT10N", new ConnectionUpdateRequest
        {
            Account = new CloudAccountConfig { RoleArn = "arn:aws:iam::123456789012:role/Other" },
        });

        var body = Body(_f.SingleRequest("PATCH", "/infra/connections/C0NN3CT10N"));
        Assert.Equal("providerConfig", Assert.Single(body.EnumerateObject()).Name);
        var config = body.GetProperty("providerConfig");
        Assert.Equal("arn:aws:iam::123456789012:role/Other", Assert.Single(config.EnumerateObject()).Value.GetString());
    }

    [Theory]
    [InlineData(200, "")]
    [InlineData(204, "")]
    [InlineData(200, "{\"deleted\":true}")]
    public async Task DeleteConnection_sends_delete(int status, string body)
    {
        _f.Answer(status, body);

        await _f.Provider.DeleteConnectionAsync("C0NN3CT10N");

        var request = _f.SingleRequest("DELETE", "/infra/connections/C0NN3CT10N");
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
    }

    [Fact]
    public async Task VerifyConnection_posts_the_role_when_given()
    {
        _f.Answer(200, ConnectionJson);

        var connection = await _f.Provider.VerifyConnectionAsync("C0NN3CT10N", "arn:aws:iam::123456789012:role/LakeSailConnection");

        var body = Body(_f.SingleRequest("POST", "/infra/connections/C0NN3CT10N/verify"));
        Assert.Equal("arn:aws:iam::123456789012:role/LakeSailConnection", Assert.Single(body.EnumerateObject()).Value.GetString());
        Assert.Equal("active", connection.Status);
    }

    [Fact]
    public async Task VerifyConnection_without_role_posts_an_empty_object()
    {
        _f.Answer(200, ConnectionJson);

        await _f.Provider.VerifyConnectionAsync("C0NN3CT10N");

        var body = Body(_f.SingleRequest("POST", "/infra/connections/C0NN3CT10N/verify"));
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Empty(body.EnumerateObject());
    }

    [Fact]
    public async Task GetTemplate_maps_urls_and_every_parameter()
    {
        _f.Answer(200, """
            {
              "templateUrl": "https://templates.example/lakesail-connection.yaml",
              "quickLaunchUrl": "https://console.aws.amazon.com/cloudformation/home#/stacks/quickcreate?stackName=lakesail",
              "downloadUrl": "https://platform.lakesail.com/api/v1/infra/connections/C0NN3CT10N/template/download",
              "parameters": { "ConnectionId": "C0NN3CT10N", "LakeSailPrincipal": "arn:aws:iam::999999999999:root", "ExternalId": "ext-123", "Extra": "kept" }
            }
            """);

        var template = await _f.Provider.GetTemplateAsync("C0NN3CT10N");

        _f.SingleRequest("GET", "/infra/connections/C0NN3CT10N/template");
        Assert.Equal("C0NN3CT10N", template.ConnectionId);
        Assert.Equal(new Uri("https://templates.example/lakesail-connection.yaml"), template.TemplateUrl);
        Assert.Equal("console.aws.amazon.com", template.QuickLaunchUrl!.Host);
        Assert.EndsWith("/template/download", template.DownloadUrl!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("C0NN3CT10N", template.Parameters["ConnectionId"]);
        Assert.Equal("arn:aws:iam::999999999999:root", template.Parameters["LakeSailPrincipal"]);
        Assert.Equal("ext-123", template.Parameters["ExternalId"]);
        Assert.Equal("kept", template.Parameters["Extra"]);
        Assert.DoesNotContain("ext-123", template.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTemplate_with_a_broken_url_is_a_typed_error()
    {
        _f.Answer(200, """{ "templateUrl": "not a url" }""");

        var ex = await Assert.ThrowsAsync<Errors.CloudApiException>(() => _f.Provider.GetTemplateAsync("C0NN3CT10N"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("templateUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadTemplate_streams_a_multi_kilobyte_yaml_byte_for_byte()
    {
        var yaml = LargeTemplate();
        var bytes = Encoding.UTF8.GetBytes(yaml);
        Assert.True(bytes.Length > 16 * 1024);
        _f.Wire.Server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/yaml").WithBody(bytes));

        using var destination = new MemoryStream();
        await _f.Provider.DownloadTemplateAsync("C0NN3CT10N", destination);
        var text = await _f.Provider.DownloadTemplateAsync("C0NN3CT10N");

        Assert.Equal(2, _f.Requests.Count);
        foreach (var request in _f.Requests)
        {
            AssertRequest(request, "GET", "/infra/connections/C0NN3CT10N/template/download");
            Assert.Equal("text/yaml", WireServer.Header(request, "Accept"));
        }

        Assert.Equal(bytes, destination.ToArray());
        Assert.Equal(yaml, text);
    }

    [Fact]
    public async Task DownloadTemplate_error_is_parsed_not_returned_as_text()
    {
        _f.Answer(404, """{ "error": { "code": "NOT_FOUND", "message": "No such connection" } }""");

        var ex = await Assert.ThrowsAsync<Errors.CloudNotFoundException>(() => _f.Provider.DownloadTemplateAsync("nope"));

        Assert.Equal("NOT_FOUND", ex.ErrorCode);
    }

    [Fact]
    public async Task ListRegions_maps_regions()
    {
        _f.Answer(200, """
            { "items": [
              { "provider": "aws", "regionCode": "us-east-1", "regionName": "US East (N. Virginia)", "group": "north-america" },
              { "provider": "aws", "regionCode": "eu-west-1", "regionName": "EU (Ireland)", "group": "europe" }
            ] }
            """);

        var regions = await _f.Provider.ListRegionsAsync("C0NN3CT10N");

        _f.SingleRequest("GET", "/infra/connections/C0NN3CT10N/regions");
        Assert.Equal(["us-east-1", "eu-west-1"], regions.Select(r => r.Code));
        Assert.Equal("US East (N. Virginia)", regions[0].Name);
        Assert.Equal("europe", regions[1].Group);
        Assert.Equal("aws", regions[1].CloudProvider);
    }

    [Fact]
    public async Task ListRegions_without_items_is_a_typed_error()
    {
        _f.Answer(200, "{}");

        var ex = await Assert.ThrowsAsync<Errors.CloudApiException>(() => _f.Provider.ListRegionsAsync("C0NN3CT10N"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Fact]
    public async Task ListInstanceTypes_sends_every_filter_and_maps_types()
    {
        _f.Answer(200, """
            { "items": [
                { "provider": "aws", "instanceType": "m7g.2xlarge", "vCpus": 8, "memoryMiB": 32768, "architecture": "arm64",
                  "gpuCount": 0, "instanceFamily": "m7g", "maxPods": 58, "group": "general", "allocatableMilliCpu": 7910 }
              ],
              "metadata": { "provider": "aws", "karpenterReplicas": 2 } }
            """);

        var types = await _f.Provider.ListInstanceTypesAsync("C0NN3CT10N", new InstanceTypeQuery
        {
            Region = "eu-west-1", Architecture = "arm64", MinVCpus = 2, MinMemoryMiB = 4096, Limit = 50,
        });

        var request = _f.SingleRequest("GET", "/infra/connections/C0NN3CT10N/instance-types");
        var query = request.RequestMessage!.Query!;
        Assert.Equal(["architecture", "limit", "minMemoryMiB", "minVCpus", "region"], query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("eu-west-1", query["region"].Single());
        Assert.Equal("arm64", query["architecture"].Single());
        Assert.Equal("2", query["minVCpus"].Single());
        Assert.Equal("4096", query["minMemoryMiB"].Single());
        Assert.Equal("50", query["limit"].Single());
        var type = Assert.Single(types);
        Assert.Equal("m7g.2xlarge", type.Name);
        Assert.Equal(8, type.VCpus);
        Assert.Equal(32768, type.MemoryMiB);
        Assert.Equal("arm64", type.Architecture);
        Assert.Equal(0, type.GpuCount);
        Assert.Equal("m7g", type.Family);
        Assert.Equal(58, type.MaxPods);
        Assert.Equal("general", type.Group);
        Assert.Equal(7910, type.AllocatableMilliCpu);
        Assert.Equal("aws", type.CloudProvider);
    }

    [Fact]
    public async Task ListInstanceTypes_without_filters_sends_no_query()
    {
        _f.Answer(200, """{ "items": [] }""");

        Assert.Empty(await _f.Provider.ListInstanceTypesAsync("C0NN3CT10N"));

        Assert.Null(RawQuery(_f.SingleRequest("GET", "/infra/connections/C0NN3CT10N/instance-types")));
    }

    [Fact]
    public async Task A_connection_without_id_is_a_typed_error()
    {
        _f.Answer(200, """{ "name": "no id" }""");

        var ex = await Assert.ThrowsAsync<Errors.CloudApiException>(() => _f.Provider.GetConnectionAsync("C0NN3CT10N"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("'id'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_json_is_a_typed_error()
    {
        _f.Answer(200, "{ not json");

        var ex = await Assert.ThrowsAsync<Errors.CloudApiException>(() => _f.Provider.GetConnectionAsync("C0NN3CT10N"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    internal static void AssertProduction(CloudConnection connection)
    {
        Assert.Equal("lakesail", connection.Provider);
        Assert.Equal("C0NN3CT10N", connection.Id);
        Assert.Equal("Production", connection.Name);
        Assert.Equal("aws", connection.CloudProvider);
        Assert.Equal("123456789012", connection.Account.AccountId);
        Assert.Equal("us-east-1", connection.Account.Region);
        Assert.Equal("arn:aws:iam::123456789012:role/LakeSailConnection", connection.Account.RoleArn);
        Assert.Equal("arn:aws:secretsmanager:us-east-1:123456789012:secret:lakesail-ext-id", connection.Account.ExternalIdSecretArn);
        Assert.Equal("arn:aws:cloudformation:us-east-1:123456789012:stack/lakesail-connection/abc123", connection.Account.StackArn);
        Assert.Equal("active", connection.Status);
        Assert.Equal("Connection verified", connection.StatusMessage);
        Assert.Equal(new DateTimeOffset(2025, 2, 28, 9, 30, 0, TimeSpan.Zero), connection.TemplateSyncedAt);
        Assert.Equal("Stack is up to date", connection.TemplateSyncMessage);
        Assert.Equal(new DateTimeOffset(2025, 2, 27, 8, 0, 0, TimeSpan.Zero), connection.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero), connection.UpdatedAt);
        Assert.Empty(connection.Operations);
        var native = Assert.IsType<LakeSailConnection>(connection.Native);
        Assert.Equal("C0NN3CT10N", native.Id);
        Assert.Equal("2025-02-28T09:30:00Z", native.TemplateSyncedAt);
        Assert.Equal("arn:aws:cloudformation:us-east-1:123456789012:stack/lakesail-connection/abc123", native.ProviderConfig!.StackArn);
        Assert.Equal(1, Assert.Single(native.AdditionalProperties, p => p.Key == "futureField").Value.GetInt32());
    }

    private static string LargeTemplate()
    {
        var text = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: LakeSail connection — ünïcödé\r\nResources:\n");
        for (var i = 0; i < 400; i++)
        {
            text.Append("  Role").Append(i).Append(":\n    Type: AWS::IAM::Role\n    Properties: { RoleName: \"lakesail-").Append(i).Append("\", Tags: [] }\n");
        }

        return text.Append("# end without newline").ToString();
    }
}
