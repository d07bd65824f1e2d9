using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MultiCloudClusters.Providers.Imply.Generated;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>What the generated Imply client sends and how it reads the answers.</summary>
public sealed class ImplyWireTests : IDisposable
{
    private const string Prefix = "/api/v1";

    private const string ClusterJson = """
        {
          "metadata": { "name": "test-1", "uid": "e9e1e18f-a9e8-4dd7-8a18-768039c57f22" },
          "spec": {
            "version": "2021.06",
            "desiredState": "STARTED",
            "awsInstanceRole": "imply-instance",
            "awsTags": [ { "name": "team", "value": "analytics" } ],
            "encryptVolumes": true,
            "commonRuntimeProperties": [ { "name": "druid.server.http.numThreads", "value": "40" } ],
            "master": {
              "replicas": 1,
              "instanceType": "t2.small",
              "coordinatorRuntimeProperties": [ { "name": "druid.coordinator.period", "value": "PT30S" } ],
              "overlordRuntimeProperties": []
            },
            "query": {
              "replicas": 3,
              "instanceType": "t2.medium",
              "brokerRuntimeProperties": [],
              "routerRuntimeProperties": [ { "name": "druid.router.http.numConnections", "value": "50" } ]
            },
            "data": {
              "historicalRuntimeProperties": [],
              "middleManagerRuntimeProperties": [],
              "tier1": {
                "replicas": 2,
                "instanceType": "i3.xlarge",
                "historicalRuntimeProperties": [ { "name": "druid.historical.cache.useCache", "value": "true" } ],
                "middleManagerRuntimeProperties": []
              }
            },
            "metadataStore": { "instanceType": "db.t3.small", "diskSize": 27, "backupRetention": 14, "encrypt": true },
            "pivot": { "accessMode": "PROXIED" },
            "deepStorage": { "path": "s3://my-bucket/prefix", "encrypt": true },
            "druidExtensions": [ "druid-datasketches" ],
            "featureFlags": [ "someFlag" ],
            "customFiles": [ { "name": "lookup.csv", "url": "s3://my-bucket/files/lookup.csv", "kind": "somethingNew" } ],
            "someFutureSpecField": 5
          },
          "status": {
            "resourceVersion": 7,
            "state": "RUNNING",
            "servers": [
              { "instanceId": "i-0abc123", "instanceType": "t2.small", "tier": "master", "state": "RUNNING" },
              { "instanceId": "i-0def456", "instanceType": "i3.xlarge", "tier": "data", "state": "A_NEW_STATE" }
            ],
            "someFutureStatusField": { "x": 1 }
          }
        }
        """;

    private const string BadRequestJson = """
        {
          "error": {
            "code": "BadArgument",
            "message": "Request contains invalid arguments",
            "details": [
              { "code": "NullValue", "target": "metadata.name", "message": "Cluster name must not be null" },
              { "code": "MalformedValue", "target": "spec.deepStorage.path", "message": "Path is not a valid s3 path" }
            ]
          }
        }
        """;

    private const string ConflictJson = """
        {
          "error": {
            "code": "StateConflict",
            "message": "Cluster [e9e1e18f-a9e8-4dd7-8a18-768039c57f22] cannot transition from [UPDATING] to [STOPPED]"
          }
        }
        """;

    private const string UnauthorizedJson = """
        { "error": { "code": "Unauthorized", "message": "Provided user does not have permissions to complete this request" } }
        """;

    private const string NotFoundJson = """
        { "error": { "code": "NotFound", "message": "Cluster [nope] was not found" } }
        """;

    private const string ServerErrorJson = """
        { "error": { "code": "InternalError", "message": "Unexpected server error" } }
        """;

    private readonly WireServer _wire = new(Prefix);

    private readonly ImplyApiClient _client;

    public ImplyWireTests()
    {
        _client = new ImplyApiClient(_wire.Http);
        _wire.SetAuthorization("Bearer", "token-123");
    }

    public void Dispose() => _wire.Dispose();

    // ---------------------------------------------------------------- list / get

    [Fact]
    public async Task ListClusters_sends_pretty_and_parses_every_cluster()
    {
        Answer(200, $"[ {ClusterJson}, {{ \"metadata\": {{ \"name\": \"second\", \"uid\": \"u-2\" }}, \"spec\": {{ \"desiredState\": \"STOPPED\" }} }} ]");

        var clusters = (await _client.ListClustersAsync(pretty: true)).ToList();

        var entry = AssertRequest("GET", "/clusters");
        Assert.Equal("?pretty=true", Query(entry));
        AssertCommonHeaders(entry);
        Assert.Null(RawBody(entry));

        Assert.Equal(2, clusters.Count);
        AssertSampleCluster(clusters[0]);
        Assert.Equal("u-2", clusters[1].Metadata.Uid);
        Assert.Equal("STOPPED", clusters[1].Spec.DesiredState);
        Assert.Null(clusters[1].Status);
    }

    [Fact]
    public async Task ListClusters_without_options_sends_no_query()
    {
        Answer(200, "[]");

        var clusters = await _client.ListClustersAsync();

        var entry = AssertRequest("GET", "/clusters");
        Assert.Equal(string.Empty, Query(entry));
        Assert.Empty(clusters);
    }

    [Fact]
    public async Task GetCluster_escapes_the_id_and_parses_the_cluster()
    {
        Answer(200, ClusterJson);

        var cluster = await _client.GetClusterAsync("e9e1e18f a/b", pretty: false);

        var entry = AssertRequest("GET", "/clusters/e9e1e18f%20a%2Fb");
        Assert.Equal("?pretty=false", Query(entry));
        AssertCommonHeaders(entry);
        AssertSampleCluster(cluster);
    }

    [Fact]
    public async Task GetClusterVersion_puts_the_version_in_the_path()
    {
        Answer(200, ClusterJson);

        var cluster = await _client.GetClusterVersionAsync("e9e1e18f-a9e8-4dd7-8a18-768039c57f22", 7);

        var entry = AssertRequest("GET", "/clusters/e9e1e18f-a9e8-4dd7-8a18-768039c57f22/history/7");
        Assert.Equal(string.Empty, Query(entry));
        AssertCommonHeaders(entry);
        AssertSampleCluster(cluster);
    }

    // ---------------------------------------------------------------- create / overwrite

    [Fact]
    public async Task CreateCluster_posts_the_cluster_as_json()
    {
        Answer(200, ClusterJson);

        var created = await _client.CreateClusterAsync(SampleRequest(), dryRun: true);

        var entry = AssertRequest("POST", "/clusters");
        Assert.Equal("?dryRun=true", Query(entry));
        AssertCommonHeaders(entry);
        Assert.Equal("application/json", MediaType(entry));
        AssertSampleRequestBody(Json(entry));
        AssertSampleCluster(created);
    }

    [Fact]
    public async Task CreateCluster_with_pretty_only_sends_pretty()
    {
        Answer(200, ClusterJson);

        await _client.CreateClusterAsync(SampleRequest(), pretty: true);

        Assert.Equal("?pretty=true", Query(AssertRequest("POST", "/clusters")));
    }

    [Fact]
    public async Task OverwriteCluster_puts_the_full_cluster_with_pivot_access_mode()
    {
        Answer(200, ClusterJson);

        var cluster = await _client.OverwriteClusterAsync(SampleRequest(), "e9e1e18f-a9e8-4dd7-8a18-768039c57f22", dryRun: false, force: true, pretty: true);

        var entry = AssertRequest("PUT", "/clusters/e9e1e18f-a9e8-4dd7-8a18-768039c57f22");
        Assert.Equal("?dryRun=false&force=true&pretty=true", Query(entry));
        AssertCommonHeaders(entry);
        Assert.Equal("application/json", MediaType(entry));
        var body = Json(entry);
        AssertSampleRequestBody(body);
        Assert.Equal("PROXIED", body.GetProperty("spec").GetProperty("pivot").GetProperty("accessMode").GetString());
        AssertSampleCluster(cluster);
    }

    [Fact]
    public async Task Unknown_members_read_from_the_server_are_sent_back_on_overwrite()
    {
        Answer(200, ClusterJson);
        var cluster = await _client.GetClusterAsync("e9e1e18f-a9e8-4dd7-8a18-768039c57f22");
        _wire.Server.ResetLogEntries();

        cluster.Status = null;
        await _client.OverwriteClusterAsync(cluster, "e9e1e18f-a9e8-4dd7-8a18-768039c57f22");

        var spec = Json(AssertRequest("PUT", "/clusters/e9e1e18f-a9e8-4dd7-8a18-768039c57f22")).GetProperty("spec");
        Assert.Equal(5, spec.GetProperty("someFutureSpecField").GetInt32());
        Assert.Equal("somethingNew", spec.GetProperty("customFiles")[0].GetProperty("kind").GetString());
        Assert.Equal("i3.xlarge", spec.GetProperty("data").GetProperty("tier1").GetProperty("instanceType").GetString());
    }

    // ---------------------------------------------------------------- merge patch

    [Fact]
    public async Task UpdateCluster_sends_a_merge_patch_with_the_exact_members_and_explicit_nulls()
    {
        Answer(200, ClusterJson);
        var patch = new ClusterMergePatch { AdditionalProperties = new Dictionary<string, object>() };
        patch.AdditionalProperties["spec"] = new JsonObject
        {
            ["desiredState"] = "STOPPED",
            ["pivot"] = null,
            ["query"] = new JsonObject { ["replicas"] = 5 },
        };

        var cluster = await _client.UpdateClusterAsync(patch, "e9e1e18f-a9e8-4dd7-8a18-768039c57f22", dryRun: true, force: false, pretty: true);

        var entry = AssertRequest("PATCH", "/clusters/e9e1e18f-a9e8-4dd7-8a18-768039c57f22");
        Assert.Equal("?dryRun=true&force=false&pretty=true", Query(entry));
        Assert.Equal("application/merge-patch+json", WireServer.Header(entry, "Content-Type"));
        AssertCommonHeaders(entry);

        Assert.Equal("""{"spec":{"desiredState":"STOPPED","pivot":null,"query":{"replicas":5}}}""", RawBody(entry));
        var body = Json(entry);
        Assert.Equal(["spec"], body.EnumerateObject().Select(p => p.Name));
        var spec = body.GetProperty("spec");
        Assert.Equal(["desiredState", "pivot", "query"], spec.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, spec.GetProperty("pivot").ValueKind);
        Assert.False(spec.TryGetProperty("master", out _));
        AssertSampleCluster(cluster);
    }

    [Fact]
    public async Task UpdateCluster_keeps_top_level_nulls_and_plain_dictionaries()
    {
        Answer(200, ClusterJson);
        var patch = new ClusterMergePatch
        {
            AdditionalProperties = new Dictionary<string, object>
            {
                ["metadata"] = new Dictionary<string, object?> { ["name"] = "renamed" },
                ["spec"] = new Dictionary<string, object?>
                {
                    ["featureFlags"] = null,
                    ["data"] = new Dictionary<string, object?> { ["tier2"] = null, ["tier1"] = new Dictionary<string, object?> { ["replicas"] = 4 } },
                },
                ["status"] = null!,
            },
        };

        await _client.UpdateClusterAsync(patch, "c-1");

        var entry = AssertRequest("PATCH", "/clusters/c-1");
        Assert.Equal(string.Empty, Query(entry));
        Assert.Equal("application/merge-patch+json", WireServer.Header(entry, "Content-Type"));
        Assert.Equal(
            """{"metadata":{"name":"renamed"},"spec":{"featureFlags":null,"data":{"tier2":null,"tier1":{"replicas":4}}},"status":null}""",
            RawBody(entry));
    }

    [Fact]
    public async Task UpdateCluster_with_an_empty_patch_sends_an_empty_object()
    {
        Answer(200, ClusterJson);

        await _client.UpdateClusterAsync(new ClusterMergePatch(), "c-1");

        Assert.Equal("{}", RawBody(AssertRequest("PATCH", "/clusters/c-1")));
    }

    /// <summary>
    /// Evidence for the provider layer: if it makes the client skip null properties (through the generated
    /// partial <c>UpdateJsonSerializerSettings</c>), the explicit nulls of a merge patch still survive,
    /// because they live in the extension-data dictionary, not in properties.
    /// </summary>
    [Fact]
    public void Ignoring_null_properties_does_not_drop_merge_patch_nulls()
    {
        var options = new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        var patch = new ClusterMergePatch { AdditionalProperties = new Dictionary<string, object>() };
        patch.AdditionalProperties["spec"] = new JsonObject { ["pivot"] = null };
        patch.AdditionalProperties["status"] = null!;

        Assert.Equal("""{"spec":{"pivot":null},"status":null}""", JsonSerializer.Serialize(patch, options));
        Assert.Equal("""{"metadata":{"name":"x"},"spec":{}}""", JsonSerializer.Serialize(new Cluster { Metadata = new ObjectMeta { Name = "x" } }, options));
    }

    // ---------------------------------------------------------------- delete / replace server

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    public async Task DeleteCluster_sends_delete_and_accepts_an_empty_answer(int status)
    {
        Answer(status, string.Empty);

        await _client.DeleteClusterAsync("e9e1e18f-a9e8-4dd7-8a18-768039c57f22");

        var entry = AssertRequest("DELETE", "/clusters/e9e1e18f-a9e8-4dd7-8a18-768039c57f22");
        Assert.Equal(string.Empty, Query(entry));
        Assert.Equal("Bearer token-123", WireServer.Header(entry, "Authorization"));
        Assert.Null(RawBody(entry));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    [InlineData(204)]
    public async Task ReplaceServer_deletes_the_instance(int status)
    {
        Answer(status, string.Empty);

        await _client.ReplaceServerAsync("e9e1e18f-a9e8-4dd7-8a18-768039c57f22", "i-0abc123");

        var entry = AssertRequest("DELETE", "/clusters/e9e1e18f-a9e8-4dd7-8a18-768039c57f22/servers/i-0abc123");
        Assert.Equal(string.Empty, Query(entry));
        Assert.Equal("Bearer token-123", WireServer.Header(entry, "Authorization"));
        Assert.Null(RawBody(entry));
    }

    // ---------------------------------------------------------------- errors

    public static TheoryData<string, int> ErrorCases()
    {
        var data = new TheoryData<string, int>();
        var reads = new[] { "ListClusters", "GetCluster", "GetClusterVersion" };
        var writes = new[] { "CreateCluster", "UpdateCluster", "OverwriteCluster", "DeleteCluster", "ReplaceServer" };
        foreach (var op in reads)
        {
            foreach (var status in new[] { 401, 403, 404, 500 })
            {
                data.Add(op, status);
            }
        }

        foreach (var op in writes)
        {
            foreach (var status in new[] { 400, 401, 403, 404, 409, 500 })
            {
                data.Add(op, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task Documented_errors_throw_with_the_parsed_error_body(string operation, int status)
    {
        var (body, code) = status switch
        {
            400 => (BadRequestJson, "BadArgument"),
            401 or 403 => (UnauthorizedJson, "Unauthorized"),
            404 => (NotFoundJson, "NotFound"),
            409 => (ConflictJson, "StateConflict"),
            _ => (ServerErrorJson, "InternalError"),
        };
        Answer(status, body);

        var ex = await Assert.ThrowsAsync<ImplyApiException<ErrorResponse>>(() => Calls[operation](_client));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(code, ex.Result.Error!.Code);
        Assert.False(string.IsNullOrEmpty(ex.Result.Error.Message));
        if (status == 400)
        {
            var details = ex.Result.Error.Details!;
            Assert.Equal(2, details.Count);
            Assert.Equal("NullValue", details[0].Code);
            Assert.Equal("metadata.name", details[0].Target);
            Assert.Equal("Cluster name must not be null", details[0].Message);
            Assert.Equal("spec.deepStorage.path", details[1].Target);
        }

        if (status == 409)
        {
            Assert.Contains("cannot transition from [UPDATING] to [STOPPED]", ex.Result.Error.Message, StringComparison.Ordinal);
            Assert.Null(ex.Result.Error.Details);
        }
    }

    [Theory]
    [InlineData("ListClusters")]
    [InlineData("CreateCluster")]
    [InlineData("GetCluster")]
    [InlineData("UpdateCluster")]
    [InlineData("OverwriteCluster")]
    [InlineData("DeleteCluster")]
    [InlineData("GetClusterVersion")]
    [InlineData("ReplaceServer")]
    public async Task Non_json_error_body_still_gives_an_api_exception_with_the_status(string operation)
    {
        _wire.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html><body>Bad gateway</body></html>"));

        var ex = await Assert.ThrowsAsync<ImplyApiException>(() => Calls[operation](_client));

        Assert.Equal(502, ex.StatusCode);
        Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task Non_json_error_body_text_is_kept_when_the_client_reads_answers_as_strings()
    {
        _wire.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html><body>Bad gateway</body></html>"));
        _client.ReadResponseAsString = true;

        var ex = await Assert.ThrowsAsync<ImplyApiException>(() => _client.GetClusterAsync("c-1"));

        Assert.Equal(502, ex.StatusCode);
        Assert.Equal("<html><body>Bad gateway</body></html>", ex.Response);
    }

    [Fact]
    public async Task Error_without_body_still_gives_an_api_exception_with_the_status()
    {
        Answer(401, string.Empty);

        var ex = await Assert.ThrowsAnyAsync<ImplyApiException>(() => _client.GetClusterAsync("c-1"));

        Assert.Equal(401, ex.StatusCode);
    }

    // ---------------------------------------------------------------- helpers

    private static readonly Dictionary<string, Func<ImplyApiClient, Task>> Calls = new()
    {
        ["ListClusters"] = c => c.ListClustersAsync(),
        ["CreateCluster"] = c => c.CreateClusterAsync(SampleRequest()),
        ["GetCluster"] = c => c.GetClusterAsync("c-1"),
        ["UpdateCluster"] = c => c.UpdateClusterAsync(new ClusterMergePatch(), "c-1"),
        ["OverwriteCluster"] = c => c.OverwriteClusterAsync(SampleRequest(), "c-1"),
        ["DeleteCluster"] = c => c.DeleteClusterAsync("c-1"),
        ["GetClusterVersion"] = c => c.GetClusterVersionAsync("c-1", 3),
        ["ReplaceServer"] = c => c.ReplaceServerAsync("c-1", "i-1"),
    };

    private static Cluster SampleRequest() => new()
    {
        Metadata = new ObjectMeta { Name = "test-1" },
        Spec = new ClusterSpec
        {
            Version = "2021.06",
            AwsInstanceRole = "imply-instance",
            AwsTags = [new NameValue { Name = "team", Value = "analytics" }],
            EncryptVolumes = true,
            CommonRuntimeProperties = [],
            Master = new MasterConfiguration { Replicas = 1, InstanceType = "t2.small", CoordinatorRuntimeProperties = [], OverlordRuntimeProperties = [] },
            Query = new QueryConfiguration { Replicas = 3, InstanceType = "t2.small", BrokerRuntimeProperties = [new NameValue { Name = "druid.broker.cache.useCache", Value = "true" }], RouterRuntimeProperties = [] },
            Data = new DataConfiguration
            {
                HistoricalRuntimeProperties = [],
                MiddleManagerRuntimeProperties = [],
                Tier1 = new DataTier { Replicas = 1, InstanceType = "t2.small", HistoricalRuntimeProperties = [], MiddleManagerRuntimeProperties = [] },
            },
            MetadataStore = new MetadataStore { InstanceType = "db.t3.small", DiskSize = 27, BackupRetention = 14, Encrypt = true },
            Pivot = new PivotAccess { AccessMode = "PROXIED" },
            DeepStorage = new DeepStorage { Path = "s3://my-bucket/prefix", Encrypt = true },
            DruidExtensions = [],
            FeatureFlags = [],
            CustomFiles = [],
        },
    };

    private static void AssertSampleRequestBody(JsonElement body)
    {
        Assert.Equal("test-1", body.GetProperty("metadata").GetProperty("name").GetString());
        AssertAbsentOrNull(body.GetProperty("metadata"), "uid");
        AssertAbsentOrNull(body, "status");

        var spec = body.GetProperty("spec");
        Assert.Equal("2021.06", spec.GetProperty("version").GetString());
        Assert.Equal("imply-instance", spec.GetProperty("awsInstanceRole").GetString());
        Assert.Equal("analytics", spec.GetProperty("awsTags")[0].GetProperty("value").GetString());
        Assert.True(spec.GetProperty("encryptVolumes").GetBoolean());
        Assert.Equal(JsonValueKind.Array, spec.GetProperty("commonRuntimeProperties").ValueKind);
        AssertAbsentOrNull(spec, "desiredState");

        var master = spec.GetProperty("master");
        Assert.Equal(1, master.GetProperty("replicas").GetInt32());
        Assert.Equal("t2.small", master.GetProperty("instanceType").GetString());
        Assert.Equal(0, master.GetProperty("coordinatorRuntimeProperties").GetArrayLength());
        Assert.Equal(0, master.GetProperty("overlordRuntimeProperties").GetArrayLength());

        var query = spec.GetProperty("query");
        Assert.Equal(3, query.GetProperty("replicas").GetInt32());
        Assert.Equal("druid.broker.cache.useCache", query.GetProperty("brokerRuntimeProperties")[0].GetProperty("name").GetString());
        Assert.Equal("true", query.GetProperty("brokerRuntimeProperties")[0].GetProperty("value").GetString());
        Assert.Equal(0, query.GetProperty("routerRuntimeProperties").GetArrayLength());

        var data = spec.GetProperty("data");
        Assert.Equal(0, data.GetProperty("historicalRuntimeProperties").GetArrayLength());
        Assert.Equal(1, data.GetProperty("tier1").GetProperty("replicas").GetInt32());
        Assert.Equal("t2.small", data.GetProperty("tier1").GetProperty("instanceType").GetString());
        AssertAbsentOrNull(data, "tier2");
        AssertAbsentOrNull(data, "tier3");

        var store = spec.GetProperty("metadataStore");
        Assert.Equal("db.t3.small", store.GetProperty("instanceType").GetString());
        Assert.Equal(27, store.GetProperty("diskSize").GetInt32());
        Assert.Equal(14, store.GetProperty("backupRetention").GetInt32());
        Assert.True(store.GetProperty("encrypt").GetBoolean());

        Assert.Equal("PROXIED", spec.GetProperty("pivot").GetProperty("accessMode").GetString());
        Assert.Equal("s3://my-bucket/prefix", spec.GetProperty("deepStorage").GetProperty("path").GetString());
        Assert.True(spec.GetProperty("deepStorage").GetProperty("encrypt").GetBoolean());
        Assert.Equal(0, spec.GetProperty("druidExtensions").GetArrayLength());
        Assert.Equal(0, spec.GetProperty("featureFlags").GetArrayLength());
        Assert.Equal(0, spec.GetProperty("customFiles").GetArrayLength());
    }

    private static void AssertSampleCluster(Cluster cluster)
    {
        Assert.Equal("test-1", cluster.Metadata.Name);
        Assert.Equal("e9e1e18f-a9e8-4dd7-8a18-768039c57f22", cluster.Metadata.Uid);

        var spec = cluster.Spec;
        Assert.Equal("2021.06", spec.Version);
        Assert.Equal("STARTED", spec.DesiredState);
        Assert.Equal("imply-instance", spec.AwsInstanceRole);
        Assert.Equal("team", spec.AwsTags![0].Name);
        Assert.True(spec.EncryptVolumes);
        Assert.Equal(("druid.server.http.numThreads", "40"), (spec.CommonRuntimeProperties![0].Name, spec.CommonRuntimeProperties[0].Value));
        Assert.Equal(1, spec.Master!.Replicas);
        Assert.Equal(("druid.coordinator.period", "PT30S"), (spec.Master.CoordinatorRuntimeProperties![0].Name, spec.Master.CoordinatorRuntimeProperties[0].Value));
        Assert.Equal(3, spec.Query!.Replicas);
        Assert.Equal("t2.medium", spec.Query.InstanceType);
        Assert.Equal(("druid.router.http.numConnections", "50"), (spec.Query.RouterRuntimeProperties![0].Name, spec.Query.RouterRuntimeProperties[0].Value));
        Assert.Equal(2, spec.Data!.Tier1!.Replicas);
        Assert.Equal("i3.xlarge", spec.Data.Tier1.InstanceType);
        Assert.Equal(("druid.historical.cache.useCache", "true"), (spec.Data.Tier1.HistoricalRuntimeProperties![0].Name, spec.Data.Tier1.HistoricalRuntimeProperties[0].Value));
        Assert.Null(spec.Data.Tier2);
        Assert.Equal("db.t3.small", spec.MetadataStore!.InstanceType);
        Assert.Equal(27, spec.MetadataStore.DiskSize);
        Assert.Equal(14, spec.MetadataStore.BackupRetention);
        Assert.True(spec.MetadataStore.Encrypt);
        Assert.Equal("PROXIED", spec.Pivot!.AccessMode);
        Assert.Equal("s3://my-bucket/prefix", spec.DeepStorage!.Path);
        Assert.Equal(["druid-datasketches"], spec.DruidExtensions!);
        Assert.Equal(["someFlag"], spec.FeatureFlags!);
        Assert.Equal("lookup.csv", spec.CustomFiles![0].Name);
        Assert.Equal("s3://my-bucket/files/lookup.csv", spec.CustomFiles[0].Url);
        Assert.True(spec.CustomFiles[0].AdditionalProperties!.ContainsKey("kind"));
        Assert.True(spec.AdditionalProperties!.ContainsKey("someFutureSpecField"));

        var status = cluster.Status!;
        Assert.Equal(7L, status.ResourceVersion);
        Assert.Equal("RUNNING", status.State);
        Assert.Equal(2, status.Servers!.Count);
        Assert.Equal("i-0abc123", status.Servers[0].InstanceId);
        Assert.Equal("master", status.Servers[0].Tier);
        Assert.Equal("i-0def456", status.Servers[1].InstanceId);
        Assert.Equal("A_NEW_STATE", status.Servers[1].State);
        Assert.True(status.AdditionalProperties!.ContainsKey("someFutureStatusField"));
    }

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

    private static string Query(ILogEntry entry) => new Uri(entry.RequestMessage!.AbsoluteUrl).Query;

    private static void AssertCommonHeaders(ILogEntry entry)
    {
        Assert.Equal("application/json", WireServer.Header(entry, "Accept"));
        Assert.Equal("Bearer token-123", WireServer.Header(entry, "Authorization"));
    }

    private static string? MediaType(ILogEntry entry) =>
        WireServer.Header(entry, "Content-Type")?.Split(';')[0].Trim();

    private static string? RawBody(ILogEntry entry)
    {
        var message = entry.RequestMessage!;
        if (message.BodyAsBytes is { Length: > 0 } bytes)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        return string.IsNullOrEmpty(message.Body) ? null : message.Body;
    }

    private static JsonElement Json(ILogEntry entry)
    {
        var raw = RawBody(entry);
        Assert.NotNull(raw);
        using var document = JsonDocument.Parse(raw);
        return document.RootElement.Clone();
    }

    private static void AssertAbsentOrNull(JsonElement element, string name)
    {
        if (element.TryGetProperty(name, out var value))
        {
            Assert.Equal(JsonValueKind.Null, value.ValueKind);
        }
    }
}
