using System.Text;
using System.Text.Json;
using MultiCloudClusters.Providers.LakeSail.Generated;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>What the generated LakeSail client sends and how it reads the answers.</summary>
public sealed class LakeSailWireTests : IDisposable
{
    private const string Prefix = "/api/v1";

    private const string ConnectionJson = """
        {
          "id": "C0NN3CT10N",
          "name": "Production Cluster",
          "provider": "aws",
          "providerConfig": {
            "accountId": "123456789012",
            "region": "us-east-1",
            "roleArn": "arn:aws:iam::123456789012:role/LakeSailConnection",
            "externalIdSecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:lakesail-ext-id",
            "stackArn": "arn:aws:cloudformation:us-east-1:123456789012:stack/lakesail-connection/abc123"
          },
          "status": "active",
          "statusMessage": "Connection verified",
          "lastUsedAt": "2025-03-01T10:00:00Z",
          "templateSyncedAt": "2025-02-28T09:30:00Z",
          "templateSyncMessage": "Stack is up to date",
          "createdAt": "2025-02-27T08:00:00Z",
          "createdBy": "M3MB3R0001",
          "updatedAt": "2025-03-01T10:00:00Z",
          "updatedBy": "M3MB3R0002",
          "someFutureField": { "x": 1 }
        }
        """;

    private const string OperationJson = """
        {
          "id": "0P3R4T10N1",
          "organizationId": "0RG4N1Z4T1",
          "memberId": "M3MB3R0001",
          "operation": "connection.syncTemplate",
          "status": "running",
          "result": {
            "items": [
              { "provider": "aws", "instanceType": "m6i.xlarge", "vCpus": 4, "memoryMiB": 16384, "architecture": "x86_64",
                "gpuCount": 0, "instanceFamily": "m6i", "maxPods": 58, "group": "general", "allocatableMilliCpu": 3920 }
            ],
            "metadata": { "provider": "aws", "systemPodsPerNode": 3, "karpenterReplicas": 2 }
          },
          "error": {
            "code": "STACK_UPDATE_SLOW",
            "message": "Stack update is taking longer than usual",
            "errorType": "transient",
            "details": {
              "retryable": true,
              "retryAfter": 30,
              "fieldErrors": { "roleArn": "not assumable" },
              "requestId": "req-42",
              "causedBy": "cloudformation"
            }
          },
          "progress": {
            "stage": "updating-stack",
            "message": "Updating IAM role",
            "resources": [
              { "urn": "urn:aws:iam::role/LakeSailConnection", "type": "aws:iam:Role", "name": "LakeSailConnection",
                "operation": "update", "status": "in-progress", "duration": 12.5 }
            ],
            "summary": { "total": 5, "pending": 1, "running": 1, "succeeded": 3, "failed": 0, "unchanged": 0 }
          },
          "resourceType": "connection",
          "resourceId": "C0NN3CT10N",
          "createdAt": "2025-03-01T10:00:00Z",
          "updatedAt": "2025-03-01T10:00:05Z",
          "startedAt": "2025-03-01T10:00:01Z",
          "completedAt": null
        }
        """;

    private const string ErrorJson = """
        {
          "error": {
            "code": "CONNECTION_NOT_READY",
            "message": "The connection cannot do that now",
            "errorType": "conflict",
            "details": {
              "retryable": true,
              "retryAfter": 2.5,
              "fieldErrors": { "name": "must not be empty" },
              "requestId": "req-err-7",
              "causedBy": "stack-in-progress"
            }
          }
        }
        """;

    private readonly WireServer _wire = new(Prefix);

    private readonly LakeSailApiClient _client;

    public LakeSailWireTests()
    {
        _client = new LakeSailApiClient(_wire.Http);
    }

    public void Dispose() => _wire.Dispose();

    // ---------------------------------------------------------------- connections

    [Fact]
    public async Task ListConnections_sends_paging_query_and_parses_page()
    {
        var page = $$"""
            { "items": [ {{ConnectionJson}} ], "included": { "operations": [ {{OperationJson}} ] }, "marker": "bmV4dA==/2" }
            """;
        Answer(200, page);

        var result = await _client.ListConnectionsAsync(limit: 25, marker: "bmV4dA==/1");

        var request = AssertRequest("GET", "/infra/connections");
        Assert.Equal("?limit=25&marker=bmV4dA%3D%3D%2F1", request.RequestMessage!.RawQuery);
        Assert.Equal("bmV4dA==/1", request.RequestMessage.Query!["marker"].Single());
        AssertAcceptsJson(request);

        Assert.Equal("bmV4dA==/2", result.Marker);
        var connection = Assert.Single(result.Items!);
        AssertProductionConnection(connection);
        var operation = Assert.Single(result.Included!.Operations!);
        Assert.Equal("0P3R4T10N1", operation.Id);
        Assert.Equal("running", operation.Status);
    }

    [Fact]
    public async Task ListConnections_without_arguments_sends_no_query_and_accepts_missing_or_null_marker()
    {
        Answer(200, """{ "items": [], "marker": null }""");

        var result = await _client.ListConnectionsAsync();

        var request = AssertRequest("GET", "/infra/connections");
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.RawQuery), request.RequestMessage.RawQuery);
        Assert.Empty(result.Items!);
        Assert.Null(result.Marker);
        Assert.Null(result.Included);

        _wire.Server.ResetLogEntries();
        Answer(200, """{ "items": [ { "id": "X1" } ] }""");
        var last = await _client.ListConnectionsAsync(limit: 0);
        Assert.Equal("?limit=0", _wire.SingleRequest().RequestMessage!.RawQuery);
        Assert.Null(last.Marker);
        Assert.Equal("X1", Assert.Single(last.Items!).Id);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public async Task CreateConnection_posts_json_body_and_parses_connection(int status)
    {
        Answer(status, ConnectionJson);

        var result = await _client.CreateConnectionAsync(new ConnectionCreateRequest
        {
            Name = "Production Cluster",
            Provider = "aws",
            ProviderConfig = new ProviderConfig { AccountId = "123456789012", Region = "us-east-1" },
        });

        var request = AssertRequest("POST", "/infra/connections");
        AssertJsonContent(request);
        AssertAcceptsJson(request);
        using var body = JsonDocument.Parse(request.RequestMessage!.Body!);
        var root = body.RootElement;
        Assert.Equal("Production Cluster", root.GetProperty("name").GetString());
        Assert.Equal("aws", root.GetProperty("provider").GetString());
        var config = root.GetProperty("providerConfig");
        Assert.Equal("123456789012", config.GetProperty("accountId").GetString());
        Assert.Equal("us-east-1", config.GetProperty("region").GetString());
        AssertAbsentOrNull(config, "roleArn");
        AssertAbsentOrNull(config, "externalIdSecretArn");
        AssertAbsentOrNull(config, "stackArn");
        Assert.Equal(["name", "provider", "providerConfig"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        AssertProductionConnection(result);
    }

    [Fact]
    public async Task GetConnection_escapes_the_id_and_parses_connection()
    {
        Answer(200, ConnectionJson);

        var result = await _client.GetConnectionAsync("C0NN/3CT 10N");

        var request = AssertRequest("GET", "/infra/connections/C0NN%2F3CT%2010N");
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.RawQuery));
        AssertAcceptsJson(request);
        AssertProductionConnection(result);
        Assert.True(result.AdditionalProperties!.ContainsKey("someFutureField"));
    }

    [Fact]
    public async Task UpdateConnection_patches_only_the_set_members()
    {
        Answer(200, ConnectionJson);

        var result = await _client.UpdateConnectionAsync("C0NN3CT10N", new ConnectionUpdateRequest { Name = "Renamed" });

        var request = AssertRequest("PATCH", "/infra/connections/C0NN3CT10N");
        AssertJsonContent(request);
        using var body = JsonDocument.Parse(request.RequestMessage!.Body!);
        Assert.Equal("Renamed", body.RootElement.GetProperty("name").GetString());
        AssertAbsentOrNull(body.RootElement, "providerConfig");
        Assert.All(body.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, new[] { "name", "providerConfig" }));
        AssertProductionConnection(result);
    }

    [Fact]
    public async Task UpdateConnection_sends_provider_config()
    {
        Answer(200, ConnectionJson);

        await _client.UpdateConnectionAsync("C0NN3CT10N", new ConnectionUpdateRequest
        {
            ProviderConfig = new ProviderConfig { RoleArn = "arn:aws:iam::123456789012:role/Other", StackArn = "arn:stack" },
        });

        var request = AssertRequest("PATCH", "/infra/connections/C0NN3CT10N");
        using var body = JsonDocument.Parse(request.RequestMessage!.Body!);
        var config = body.RootElement.GetProperty("providerConfig");
        Assert.Equal("arn:aws:iam::123456789012:role/Other", config.GetProperty("roleArn").GetString());
        Assert.Equal("arn:stack", config.GetProperty("stackArn").GetString());
        AssertAbsentOrNull(body.RootElement, "name");
    }

    [Theory]
    [InlineData(200, "")]
    [InlineData(204, "")]
    [InlineData(200, "{\"ignored\":true}")]
    public async Task DeleteConnection_sends_delete_and_accepts_empty_success(int status, string body)
    {
        Answer(status, body);

        await _client.DeleteConnectionAsync("C0NN3CT10N");

        var request = AssertRequest("DELETE", "/infra/connections/C0NN3CT10N");
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
    }

    [Fact]
    public async Task VerifyConnection_posts_role_arn_and_parses_connection()
    {
        Answer(200, ConnectionJson);

        var result = await _client.VerifyConnectionAsync("C0NN3CT10N", new ConnectionVerifyRequest { RoleArn = "arn:aws:iam::123456789012:role/LakeSailConnection" });

        var request = AssertRequest("POST", "/infra/connections/C0NN3CT10N/verify");
        AssertJsonContent(request);
        AssertAcceptsJson(request);
        using var body = JsonDocument.Parse(request.RequestMessage!.Body!);
        Assert.Equal("arn:aws:iam::123456789012:role/LakeSailConnection", body.RootElement.GetProperty("roleArn").GetString());
        Assert.Single(body.RootElement.EnumerateObject());
        AssertProductionConnection(result);
    }

    [Fact]
    public async Task VerifyConnection_without_role_sends_empty_object_or_null_role()
    {
        Answer(200, ConnectionJson);

        await _client.VerifyConnectionAsync("C0NN3CT10N", new ConnectionVerifyRequest());

        var request = AssertRequest("POST", "/infra/connections/C0NN3CT10N/verify");
        using var body = JsonDocument.Parse(request.RequestMessage!.Body!);
        Assert.Equal(JsonValueKind.Object, body.RootElement.ValueKind);
        AssertAbsentOrNull(body.RootElement, "roleArn");
    }

    // ---------------------------------------------------------------- discovery

    [Fact]
    public async Task ListInstanceTypes_sends_filters_and_parses_items_and_metadata()
    {
        Answer(200, """
            {
              "items": [
                { "provider": "aws", "instanceType": "m7g.2xlarge", "vCpus": 8, "memoryMiB": 32768, "architecture": "arm64",
                  "gpuCount": 0, "instanceFamily": "m7g", "maxPods": 58, "group": "general", "allocatableMilliCpu": 7910 },
                { "provider": "aws", "instanceType": "g5.xlarge", "vCpus": 4, "memoryMiB": 16384, "architecture": "x86_64",
                  "gpuCount": 1, "instanceFamily": "g5", "maxPods": 58, "group": "gpu", "allocatableMilliCpu": 3920 }
              ],
              "metadata": {
                "provider": "aws", "systemPodsPerNode": 4, "systemPodsPerSystemNode": 6, "systemPodsFixed": 10,
                "systemPodsPerNodeMargin": 1, "systemPodsFixedMargin": 2.5, "systemMilliCPUPerNode": 250,
                "systemMilliCPUFixed": 1000, "karpenterMilliCPUPerReplica": 500, "karpenterReplicas": 2
              }
            }
            """);

        var result = await _client.ListInstanceTypesAsync("C0NN3CT10N", region: "eu-west-1", limit: 50, architecture: "arm64", minVCpus: 2, minMemoryMiB: 4096);

        var request = AssertRequest("GET", "/infra/connections/C0NN3CT10N/instance-types");
        var query = request.RequestMessage!.Query!;
        Assert.Equal(["architecture", "limit", "minMemoryMiB", "minVCpus", "region"], query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("eu-west-1", query["region"].Single());
        Assert.Equal("50", query["limit"].Single());
        Assert.Equal("arm64", query["architecture"].Single());
        Assert.Equal("2", query["minVCpus"].Single());
        Assert.Equal("4096", query["minMemoryMiB"].Single());
        AssertAcceptsJson(request);

        Assert.Equal(2, result.Items!.Count);
        var first = result.Items[0];
        Assert.Equal("m7g.2xlarge", first.InstanceType);
        Assert.Equal(8, first.VCpus);
        Assert.Equal(32768, first.MemoryMiB);
        Assert.Equal("arm64", first.Architecture);
        Assert.Equal(7910, first.AllocatableMilliCpu);
        Assert.Equal(1, result.Items[1].GpuCount);
        Assert.Equal("gpu", result.Items[1].Group);
        Assert.Equal("aws", result.Metadata!.Provider);
        Assert.Equal(4, result.Metadata.SystemPodsPerNode);
        Assert.Equal(2.5, result.Metadata.SystemPodsFixedMargin);
        Assert.Equal(1000, result.Metadata.SystemMilliCPUFixed);
        Assert.Equal(2, result.Metadata.KarpenterReplicas);
    }

    [Fact]
    public async Task ListInstanceTypes_without_filters_sends_no_query()
    {
        Answer(200, """{ "items": [] }""");

        var result = await _client.ListInstanceTypesAsync("C0NN3CT10N");

        var request = AssertRequest("GET", "/infra/connections/C0NN3CT10N/instance-types");
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.RawQuery), request.RequestMessage.RawQuery);
        Assert.Empty(result.Items!);
        Assert.Null(result.Metadata);
    }

    [Fact]
    public async Task ListRegions_parses_regions()
    {
        Answer(200, """
            { "items": [
              { "provider": "aws", "regionCode": "us-east-1", "regionName": "US East 1 (N. Virginia)", "group": "north-america" },
              { "provider": "aws", "regionCode": "eu-west-1", "regionName": "EU West 1 (Ireland)", "group": "europe" }
            ] }
            """);

        var result = await _client.ListRegionsAsync("C0NN3CT10N");

        var request = AssertRequest("GET", "/infra/connections/C0NN3CT10N/regions");
        AssertAcceptsJson(request);
        Assert.Equal(["us-east-1", "eu-west-1"], result.Items!.Select(r => r.RegionCode));
        Assert.Equal("US East 1 (N. Virginia)", result.Items![0].RegionName);
        Assert.Equal("europe", result.Items[1].Group);
        Assert.Equal("aws", result.Items[1].Provider);
    }

    // ---------------------------------------------------------------- templates

    [Fact]
    public async Task GetConnectionTemplate_parses_urls_and_parameters()
    {
        Answer(200, """
            {
              "templateUrl": "https://templates.example/lakesail-connection.yaml",
              "quickLaunchUrl": "https://console.aws.amazon.com/cloudformation/home#/stacks/quickcreate?stackName=lakesail",
              "downloadUrl": "https://platform.lakesail.com/api/v1/infra/connections/C0NN3CT10N/template/download",
              "parameters": { "ConnectionId": "C0NN3CT10N", "LakeSailPrincipal": "arn:aws:iam::999999999999:root", "ExternalId": "ext-123", "Extra": "kept" }
            }
            """);

        var result = await _client.GetConnectionTemplateAsync("C0NN3CT10N");

        var request = AssertRequest("GET", "/infra/connections/C0NN3CT10N/template");
        AssertAcceptsJson(request);
        Assert.Equal("https://templates.example/lakesail-connection.yaml", result.TemplateUrl);
        Assert.StartsWith("https://console.aws.amazon.com/", result.QuickLaunchUrl, StringComparison.Ordinal);
        Assert.EndsWith("/template/download", result.DownloadUrl, StringComparison.Ordinal);
        Assert.Equal("C0NN3CT10N", result.Parameters!.ConnectionId);
        Assert.Equal("arn:aws:iam::999999999999:root", result.Parameters.LakeSailPrincipal);
        Assert.Equal("ext-123", result.Parameters.ExternalId);
        Assert.True(result.Parameters.AdditionalProperties!.ContainsKey("Extra"));
    }

    [Fact]
    public async Task DownloadConnectionTemplate_returns_the_yaml_text_untouched()
    {
        const string yaml = "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: LakeSail connection\nParameters:\n  ConnectionId:\n    Type: String\n    Default: C0NN3CT10N\n  ExternalId:\n    Type: String\n    Default: \"ext-123: {not json}\"\nResources: {}\n# ünïcödé comment\n";
        _wire.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/yaml; charset=utf-8").WithBody(Encoding.UTF8.GetBytes(yaml)));

        using var file = await _client.DownloadConnectionTemplateAsync("C0NN3CT10N");

        var request = AssertRequest("GET", "/infra/connections/C0NN3CT10N/template/download");
        Assert.Equal("text/yaml", WireServer.Header(request, "Accept"));
        Assert.Equal(200, file.StatusCode);
        using var reader = new StreamReader(file.Stream, Encoding.UTF8);
        Assert.Equal(yaml, await reader.ReadToEndAsync());
        Assert.Contains("text/yaml", string.Join(",", file.Headers["Content-Type"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    public async Task SyncConnectionTemplate_posts_without_body_and_parses_operation(int status)
    {
        Answer(status, OperationJson);

        var operation = await _client.SyncConnectionTemplateAsync("C0NN3CT10N");

        var request = AssertRequest("POST", "/infra/connections/C0NN3CT10N/sync-template");
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
        AssertAcceptsJson(request);
        AssertSampleOperation(operation);
    }

    // ---------------------------------------------------------------- operations

    [Fact]
    public async Task GetOperation_parses_every_part_of_an_operation()
    {
        Answer(200, OperationJson);

        var operation = await _client.GetOperationAsync("0P3R4T10N1");

        var request = AssertRequest("GET", "/operations/0P3R4T10N1");
        AssertAcceptsJson(request);
        AssertSampleOperation(operation);
    }

    [Fact]
    public async Task GetOperation_tolerates_unknown_status_and_minimal_body()
    {
        Answer(200, """{ "id": "0P2", "status": "quantum-superposition", "result": "done", "brandNew": [1, 2] }""");

        var operation = await _client.GetOperationAsync("0P2");

        Assert.Equal("quantum-superposition", operation.Status);
        Assert.Equal("done", Assert.IsType<JsonElement>(operation.Result).GetString());
        Assert.Null(operation.Error);
        Assert.Null(operation.Progress);
        Assert.True(operation.AdditionalProperties!.ContainsKey("brandNew"));
    }

    [Fact]
    public async Task Authorization_header_from_the_http_client_is_sent()
    {
        _wire.SetAuthorization("Bearer", "ls-token-123");
        Answer(200, OperationJson);

        await _client.GetOperationAsync("0P3R4T10N1");

        Assert.Equal("Bearer ls-token-123", WireServer.Header(_wire.SingleRequest(), "Authorization"));
    }

    // ---------------------------------------------------------------- errors

    public static TheoryData<string, int> ErrorCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var operation in Calls.Keys)
        {
            foreach (var status in new[] { 400, 401, 403, 404, 409, 422, 429, 500, 503 })
            {
                data.Add(operation, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task Documented_error_body_becomes_typed_exception(string operation, int status)
    {
        Answer(status, ErrorJson);

        var ex = await Assert.ThrowsAsync<LakeSailApiException<ErrorResponse>>(() => Calls[operation](_client));

        Assert.Equal(status, ex.StatusCode);
        var error = ex.Result.Error!;
        Assert.Equal("CONNECTION_NOT_READY", error.Code);
        Assert.Equal("The connection cannot do that now", error.Message);
        Assert.Equal("conflict", error.ErrorType);
        Assert.True(error.Details!.Retryable);
        Assert.Equal(2.5, error.Details.RetryAfter);
        Assert.Equal("must not be empty", error.Details.FieldErrors!["name"]);
        Assert.Equal("req-err-7", error.Details.RequestId);
        Assert.Equal("stack-in-progress", error.Details.CausedBy);
        Assert.Single(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task Retry_after_header_is_visible_on_the_exception()
    {
        _wire.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Content-Type", "application/json").WithHeader("Retry-After", "7").WithBody(ErrorJson));

        var ex = await Assert.ThrowsAsync<LakeSailApiException<ErrorResponse>>(() => _client.ListConnectionsAsync());

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("7", ex.Headers["Retry-After"].Single());
        Assert.Equal(2.5, ex.Result.Error!.Details!.RetryAfter);
    }

    [Theory]
    [InlineData(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", false)]
    [InlineData(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", true)]
    [InlineData(404, "text/plain", "", false)]
    public async Task Non_json_error_body_still_gives_an_api_exception_with_the_status(int status, string contentType, string body, bool readAsString)
    {
        _wire.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));
        _client.ReadResponseAsString = readAsString;

        var ex = await Assert.ThrowsAnyAsync<LakeSailApiException>(() => _client.GetConnectionAsync("C0NN3CT10N"));

        Assert.Equal(status, ex.StatusCode);
        Assert.IsNotType<LakeSailApiException<ErrorResponse>>(ex);
        Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);

        // The raw text is kept only when the client reads bodies as strings.
        Assert.Equal(readAsString ? body : string.Empty, ex.Response ?? string.Empty);
    }

    [Fact]
    public async Task Error_on_template_download_is_parsed_as_json_error()
    {
        Answer(404, ErrorJson);

        var ex = await Assert.ThrowsAsync<LakeSailApiException<ErrorResponse>>(() => _client.DownloadConnectionTemplateAsync("C0NN3CT10N"));

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("CONNECTION_NOT_READY", ex.Result.Error!.Code);
    }

    private static readonly Dictionary<string, Func<LakeSailApiClient, Task>> Calls = new()
    {
        ["ListConnections"] = c => c.ListConnectionsAsync(),
        ["CreateConnection"] = c => c.CreateConnectionAsync(new ConnectionCreateRequest { Name = "n", Provider = "aws" }),
        ["GetConnection"] = c => c.GetConnectionAsync("C1"),
        ["UpdateConnection"] = c => c.UpdateConnectionAsync("C1", new ConnectionUpdateRequest { Name = "n" }),
        ["DeleteConnection"] = c => c.DeleteConnectionAsync("C1"),
        ["ListInstanceTypes"] = c => c.ListInstanceTypesAsync("C1"),
        ["ListRegions"] = c => c.ListRegionsAsync("C1"),
        ["SyncConnectionTemplate"] = c => c.SyncConnectionTemplateAsync("C1"),
        ["GetConnectionTemplate"] = c => c.GetConnectionTemplateAsync("C1"),
        ["DownloadConnectionTemplate"] = async c => { using var f = await c.DownloadConnectionTemplateAsync("C1"); },
        ["VerifyConnection"] = c => c.VerifyConnectionAsync("C1", new ConnectionVerifyRequest()),
        ["GetOperation"] = c => c.GetOperationAsync("OP1"),
    };

    // ---------------------------------------------------------------- helpers

    private void Answer(int status, string body)
    {
        var response = Response.Create().WithStatusCode(status);
        if (body.Length > 0)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        _wire.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    private ILogEntry AssertRequest(string method, string path)
    {
        var entry = _wire.SingleRequest();
        Assert.Equal(method, entry.RequestMessage!.Method);
        Assert.Equal(Prefix + path, new Uri(entry.RequestMessage.AbsoluteUrl).AbsolutePath);
        return entry;
    }

    private static void AssertAcceptsJson(ILogEntry entry) =>
        Assert.Equal("application/json", WireServer.Header(entry, "Accept"));

    private static void AssertJsonContent(ILogEntry entry)
    {
        var contentType = WireServer.Header(entry, "Content-Type");
        Assert.NotNull(contentType);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
    }

    private static void AssertAbsentOrNull(JsonElement element, string name)
    {
        if (element.TryGetProperty(name, out var value))
        {
            Assert.Equal(JsonValueKind.Null, value.ValueKind);
        }
    }

    private static void AssertProductionConnection(Connection connection)
    {
        Assert.Equal("C0NN3CT10N", connection.Id);
        Assert.Equal("Production Cluster", connection.Name);
        Assert.Equal("aws", connection.Provider);
        Assert.Equal("active", connection.Status);
        Assert.Equal("Connection verified", connection.StatusMessage);
        Assert.Equal("123456789012", connection.ProviderConfig!.AccountId);
        Assert.Equal("us-east-1", connection.ProviderConfig.Region);
        Assert.Equal("arn:aws:iam::123456789012:role/LakeSailConnection", connection.ProviderConfig.RoleArn);
        Assert.Equal("arn:aws:secretsmanager:us-east-1:123456789012:secret:lakesail-ext-id", connection.ProviderConfig.ExternalIdSecretArn);
        Assert.Equal("arn:aws:cloudformation:us-east-1:123456789012:stack/lakesail-connection/abc123", connection.ProviderConfig.StackArn);
        Assert.Equal("2025-03-01T10:00:00Z", connection.LastUsedAt);
        Assert.Equal("2025-02-28T09:30:00Z", connection.TemplateSyncedAt);
        Assert.Equal("Stack is up to date", connection.TemplateSyncMessage);
        Assert.Equal("2025-02-27T08:00:00Z", connection.CreatedAt);
        Assert.Equal("M3MB3R0001", connection.CreatedBy);
        Assert.Equal("2025-03-01T10:00:00Z", connection.UpdatedAt);
        Assert.Equal("M3MB3R0002", connection.UpdatedBy);
    }

    private static void AssertSampleOperation(Operation operation)
    {
        Assert.Equal("0P3R4T10N1", operation.Id);
        Assert.Equal("0RG4N1Z4T1", operation.OrganizationId);
        Assert.Equal("M3MB3R0001", operation.MemberId);
        Assert.Equal("connection.syncTemplate", operation.Operation1);
        Assert.Equal("running", operation.Status);
        Assert.Equal("connection", operation.ResourceType);
        Assert.Equal("C0NN3CT10N", operation.ResourceId);
        Assert.Equal("2025-03-01T10:00:00Z", operation.CreatedAt);
        Assert.Equal("2025-03-01T10:00:05Z", operation.UpdatedAt);
        Assert.Equal("2025-03-01T10:00:01Z", operation.StartedAt);
        Assert.Null(operation.CompletedAt);

        var result = Assert.IsType<JsonElement>(operation.Result);
        var item = result.GetProperty("items")[0];
        Assert.Equal("m6i.xlarge", item.GetProperty("instanceType").GetString());
        Assert.Equal(4, item.GetProperty("vCpus").GetInt32());
        Assert.Equal(2, result.GetProperty("metadata").GetProperty("karpenterReplicas").GetInt32());

        Assert.Equal("STACK_UPDATE_SLOW", operation.Error!.Code);
        Assert.Equal("transient", operation.Error.ErrorType);
        Assert.True(operation.Error.Details!.Retryable);
        Assert.Equal(30, operation.Error.Details.RetryAfter);
        Assert.Equal("not assumable", operation.Error.Details.FieldErrors!["roleArn"]);
        Assert.Equal("req-42", operation.Error.Details.RequestId);
        Assert.Equal("cloudformation", operation.Error.Details.CausedBy);

        Assert.Equal("updating-stack", operation.Progress!.Stage);
        Assert.Equal("Updating IAM role", operation.Progress.Message);
        var resource = Assert.Single(operation.Progress.Resources!);
        Assert.Equal("urn:aws:iam::role/LakeSailConnection", resource.Urn);
        Assert.Equal("aws:iam:Role", resource.Type);
        Assert.Equal("LakeSailConnection", resource.Name);
        Assert.Equal("update", resource.Operation);
        Assert.Equal("in-progress", resource.Status);
        Assert.Equal(12.5, resource.Duration);
        Assert.Equal(5, operation.Progress.Summary!.Total);
        Assert.Equal(1, operation.Progress.Summary.Pending);
        Assert.Equal(1, operation.Progress.Summary.Running);
        Assert.Equal(3, operation.Progress.Summary.Succeeded);
        Assert.Equal(0, operation.Progress.Summary.Failed);
        Assert.Equal(0, operation.Progress.Summary.Unchanged);
    }
}
