using System.Text.Json;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>Every operation through the provider: what goes on the wire and what comes back in unified terms.</summary>
public sealed class ImplyOperationTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;
    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Capabilities_are_what_the_provider_implements()
    {
        var provider = _h.Provider();

        Assert.Equal("imply", provider.Name);
        var all = ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Update | ClusterOperations.Delete
            | ClusterOperations.Upgrade | ClusterOperations.Start | ClusterOperations.Stop;
        Assert.Equal(all, provider.Capabilities.Operations);
        Assert.False(provider.Capabilities.Supports(ClusterOperations.Kubeconfig));
    }

    [Fact]
    public async Task List_gets_every_cluster_in_one_page()
    {
        _h.Answer("GET", "/clusters", 200, $$"""[ {{ImplyHarness.ClusterJson}}, { "metadata": { "name": "second", "uid": "u-2" }, "spec": { "desiredState": "STOPPED" }, "status": { "state": "STOPPED" } } ]""");

        var pages = new List<Page<ClusterInfo>>();
        await foreach (var page in _h.Provider().ListClustersAsync().AsPages())
        {
            pages.Add(page);
        }

        var entry = _h.SingleApiRequest("GET", "/clusters");
        Assert.Equal(string.Empty, ImplyHarness.Query(entry));
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(entry, "Authorization"));
        Assert.Equal("application/json", ImplyHarness.Header(entry, "Accept"));
        var only = Assert.Single(pages);
        Assert.Null(only.ContinuationToken);
        Assert.Equal(2, only.Values.Count);
        AssertSample(only.Values[0]);
        Assert.Equal(("u-2", "second", ClusterStatus.Stopped), (only.Values[1].Id, only.Values[1].Name, only.Values[1].Status));
    }

    [Fact]
    public async Task List_cannot_resume_from_a_token_and_sends_nothing()
    {
        var pages = _h.Provider().ListClustersAsync().AsPages("anything");

        await Assert.ThrowsAsync<PagingException>(async () =>
        {
            await foreach (var _ in pages)
            {
            }
        });
        Assert.Empty(_h.ApiRequests());
    }

    [Fact]
    public async Task Get_reads_the_cluster_into_the_unified_model()
    {
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);

        var cluster = await _h.Provider().GetClusterAsync(Id);

        var entry = _h.SingleApiRequest("GET", "/clusters/" + Id);
        Assert.Equal(string.Empty, ImplyHarness.Query(entry));
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(entry, "Authorization"));
        Assert.Null(ImplyHarness.RawBody(entry));
        AssertSample(cluster);
    }

    [Fact]
    public async Task Create_posts_name_version_tags_and_spec()
    {
        // A real create is answered 202 (request accepted) with the cluster, as Imply does.
        _h.Answer("POST", "/clusters", 202, ImplyHarness.ClusterJson);
        var spec = new ImplyClusterSpec
        {
            DesiredState = "STARTED",
            Master = new ImplyMasterConfiguration { Replicas = 1, InstanceType = "t2.small" },
            Query = new ImplyQueryConfiguration { Replicas = 3, InstanceType = "t2.medium", BrokerRuntimeProperties = [new ImplyNameValue { Name = "druid.broker.cache.useCache", Value = "true" }] },
            Data = new ImplyDataConfiguration { Tier1 = new ImplyDataTier { Replicas = 2, InstanceType = "i3.xlarge" } },
            MetadataStore = new ImplyMetadataStore { InstanceType = "db.t3.small", DiskSize = 27, BackupRetention = 14, Encrypt = true },
            DeepStorage = new ImplyDeepStorage { Path = "s3://my-bucket/prefix", Encrypt = true },
            FeatureFlags = ["someFlag"],
            CommonRuntimeProperties = [new ImplyNameValue { Name = "druid.server.http.numThreads", Value = "40" }],
            CustomFiles = [new ImplyCustomFile { Name = "lookup.csv", Url = "s3://my-bucket/lookup.csv" }],
        };

        var created = await _h.Provider().CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "test-1",
            Version = "2021.06",
            Tags = new Dictionary<string, string> { ["team"] = "analytics" },
            Options = new ImplyClusterOptions { Spec = spec },
        });

        var entry = _h.SingleApiRequest("POST", "/clusters");
        Assert.Equal(string.Empty, ImplyHarness.Query(entry));
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(entry, "Authorization"));
        Assert.StartsWith("application/json", ImplyHarness.Header(entry, "Content-Type"));
        Assert.Equal(
            """{"metadata":{"name":"test-1"},"spec":{"version":"2021.06","desiredState":"STARTED","awsTags":[{"name":"team","value":"analytics"}],"commonRuntimeProperties":[{"name":"druid.server.http.numThreads","value":"40"}],"master":{"replicas":1,"instanceType":"t2.small"},"query":{"replicas":3,"instanceType":"t2.medium","brokerRuntimeProperties":[{"name":"druid.broker.cache.useCache","value":"true"}]},"data":{"tier1":{"replicas":2,"instanceType":"i3.xlarge"}},"metadataStore":{"instanceType":"db.t3.small","diskSize":27,"backupRetention":14,"encrypt":true},"deepStorage":{"path":"s3://my-bucket/prefix","encrypt":true},"featureFlags":["someFlag"],"customFiles":[{"name":"lookup.csv","url":"s3://my-bucket/lookup.csv"}]}}""",
            ImplyHarness.RawBody(entry));
        AssertSample(created);
        Assert.Null(spec.Version);
        Assert.Null(spec.AwsTags);
    }

    [Fact]
    public async Task Create_dry_run_sends_dryRun_and_may_be_retried()
    {
        _h.Answer("POST", "/clusters", 503, """{ "error": { "code": "Unavailable", "message": "try again" } }""", nextState: "up");
        _h.Answer("POST", "/clusters", 200, ImplyHarness.ClusterJson, scenarioState: "up");

        var created = await _h.Provider().CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "test-1",
            Version = "2021.06",
            Options = new ImplyClusterOptions { DryRun = true },
        });

        Assert.Equal(2, _h.ApiRequests().Count);
        Assert.All(_h.ApiRequests(), e => Assert.Equal("?dryRun=true", ImplyHarness.Query(e)));
        Assert.Equal(Id, created.Id);
    }

    [Fact]
    public async Task A_dry_run_answer_without_an_id_is_accepted()
    {
        _h.Answer("POST", "/clusters", 200, """{ "metadata": { "name": "test-1" }, "spec": { "version": "2021.06", "desiredState": "STARTED" } }""");

        var checkedOnly = await _h.Provider().CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "test-1",
            Version = "2021.06",
            Options = new ImplyClusterOptions { DryRun = true },
        });

        Assert.Equal((string.Empty, "test-1", ClusterStatus.Unknown, "2021.06"), (checkedOnly.Id, checkedOnly.Name, checkedOnly.Status, checkedOnly.Version));
    }

    [Fact]
    public async Task Create_for_real_is_never_sent_twice()
    {
        _h.Answer("POST", "/clusters", 503, """{ "error": { "code": "Unavailable", "message": "try again" } }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider().CreateClusterAsync(new ClusterCreateRequest { Name = "test-1", Version = "2021.06" }));

        Assert.Equal(503, ex.StatusCode);
        Assert.Single(_h.ApiRequests());
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    public async Task Update_sends_a_merge_patch_with_dryRun_and_force(int status)
    {
        _h.Answer("PATCH", "/clusters/" + Id, status, ImplyHarness.ClusterJson);

        var updated = await _h.Provider().UpdateClusterAsync(Id, new ClusterUpdateRequest
        {
            Options = new ImplyClusterOptions
            {
                Spec = new ImplyClusterSpec { Query = new ImplyQueryConfiguration { Replicas = 5 } },
                DryRun = true,
                Force = true,
            },
        });

        var entry = _h.SingleApiRequest("PATCH", "/clusters/" + Id);
        Assert.Equal("?dryRun=true&force=true", ImplyHarness.Query(entry));
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(entry, "Authorization"));
        Assert.StartsWith("application/merge-patch+json", ImplyHarness.Header(entry, "Content-Type"));
        Assert.Equal("""{"spec":{"query":{"replicas":5}}}""", ImplyHarness.RawBody(entry));
        AssertSample(updated);
    }

    [Theory]
    [InlineData("start", "STARTED")]
    [InlineData("stop", "STOPPED")]
    public async Task Start_and_stop_patch_the_desired_state(string operation, string desired)
    {
        _h.Answer("PATCH", "/clusters/" + Id, 200, ImplyHarness.ClusterJson.Replace("\"desiredState\": \"STARTED\"", $"\"desiredState\": \"{desired}\"", StringComparison.Ordinal));
        var provider = _h.Provider();

        var result = operation == "start" ? await provider.StartClusterAsync(Id) : await provider.StopClusterAsync(Id);

        var entry = _h.SingleApiRequest("PATCH", "/clusters/" + Id);
        Assert.Equal(string.Empty, ImplyHarness.Query(entry));
        Assert.StartsWith("application/merge-patch+json", ImplyHarness.Header(entry, "Content-Type"));
        Assert.Equal($$$"""{"spec":{"desiredState":"{{{desired}}}"}}""", ImplyHarness.RawBody(entry));
        // The server still reports RUNNING: asked to stop, the cluster is Stopping; asked to run, it is Running.
        Assert.Equal(desired == "STOPPED" ? ClusterStatus.Stopping : ClusterStatus.Running, result.Status);
    }

    [Fact]
    public async Task Upgrade_patches_the_version()
    {
        _h.Answer("PATCH", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);

        await _h.Provider().UpgradeClusterAsync(Id, "2024.01");

        Assert.Equal("""{"spec":{"version":"2024.01"}}""", ImplyHarness.RawBody(_h.SingleApiRequest("PATCH", "/clusters/" + Id)));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    public async Task Overwrite_puts_the_full_cluster_without_status(int status)
    {
        _h.Answer("GET", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);
        _h.Answer("PUT", "/clusters/" + Id, status, ImplyHarness.ClusterJson);
        var provider = _h.Provider();
        var cluster = (await provider.GetClusterAsync(Id)).GetNative<ImplyCluster>();
        cluster.Spec.Query!.Replicas = 4;
        _h.Server.ResetLogEntries();

        var result = await provider.OverwriteClusterAsync(Id, cluster, dryRun: true, force: true);

        var entry = _h.SingleApiRequest("PUT", "/clusters/" + Id);
        Assert.Equal("?dryRun=true&force=true", ImplyHarness.Query(entry));
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(entry, "Authorization"));
        var body = ImplyHarness.Json(entry);
        Assert.Equal(["metadata", "spec"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Id, body.GetProperty("metadata").GetProperty("uid").GetString());
        Assert.Equal("test-1", body.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal("PROXIED", body.GetProperty("spec").GetProperty("pivot").GetProperty("accessMode").GetString());
        Assert.Equal(4, body.GetProperty("spec").GetProperty("query").GetProperty("replicas").GetInt32());
        Assert.Equal("s3://my-bucket/prefix", body.GetProperty("spec").GetProperty("deepStorage").GetProperty("path").GetString());
        AssertSample(result);
        Assert.NotNull(cluster.Status);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    [InlineData(204)]
    public async Task Delete_sends_delete(int status)
    {
        _h.Answer("DELETE", "/clusters/" + Id, status);

        await _h.Provider().DeleteClusterAsync(Id);

        var entry = _h.SingleApiRequest("DELETE", "/clusters/" + Id);
        Assert.Equal(string.Empty, ImplyHarness.Query(entry));
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(entry, "Authorization"));
        Assert.Null(ImplyHarness.RawBody(entry));
    }

    [Fact]
    public async Task Runtime_properties_round_trip_as_name_value_pairs()
    {
        var withProperties = ImplyHarness.ClusterJson.Replace(
            "\"featureFlags\": [ \"someFlag\" ]",
            """
            "featureFlags": [ "someFlag" ],
            "awsKeyPair": "imply-ops",
            "commonRuntimeProperties": [ { "name": "common.druid.prop", "value": "value1" } ],
            "master": { "replicas": 1, "coordinatorRuntimeProperties": [ { "name": "druid.coordinator.period", "value": "PT30S" } ] }
            """,
            StringComparison.Ordinal).Replace("\"master\": { \"replicas\": 1, \"instanceType\": \"t2.small\" },", string.Empty, StringComparison.Ordinal);
        _h.Answer("GET", "/clusters/" + Id, 200, withProperties);
        _h.Answer("PUT", "/clusters/" + Id, 202, withProperties);
        var provider = _h.Provider();

        var cluster = (await provider.GetClusterAsync(Id)).GetNative<ImplyCluster>();
        _h.Server.ResetLogEntries();
        await provider.OverwriteClusterAsync(Id, cluster);

        var property = Assert.Single(cluster.Spec.CommonRuntimeProperties!);
        Assert.Equal(("common.druid.prop", "value1"), (property.Name, property.Value));
        Assert.Equal("imply-ops", cluster.Spec.AwsKeyPair);
        var spec = ImplyHarness.Json(_h.SingleApiRequest("PUT", "/clusters/" + Id)).GetProperty("spec");
        Assert.Equal("""[{"name":"common.druid.prop","value":"value1"}]""", spec.GetProperty("commonRuntimeProperties").GetRawText());
        Assert.Equal("""[{"name":"druid.coordinator.period","value":"PT30S"}]""", spec.GetProperty("master").GetProperty("coordinatorRuntimeProperties").GetRawText());
        Assert.Equal("imply-ops", spec.GetProperty("awsKeyPair").GetString());
    }

    [Fact]
    public async Task Get_version_reads_the_past_configuration()
    {
        _h.Answer("GET", $"/clusters/{Id}/history/3", 200, ImplyHarness.ClusterJson.Replace("\"resourceVersion\": 7", "\"resourceVersion\": 3", StringComparison.Ordinal));

        var past = await _h.Provider().GetClusterVersionAsync(Id, 3);

        var entry = _h.SingleApiRequest("GET", $"/clusters/{Id}/history/3");
        Assert.Equal(string.Empty, ImplyHarness.Query(entry));
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(entry, "Authorization"));
        Assert.Equal(3, past.GetNative<ImplyCluster>().Status!.ResourceVersion);
        Assert.Equal("2021.06", past.Version);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(202)]
    [InlineData(204)]
    public async Task Replace_server_deletes_the_instance(int status)
    {
        _h.Answer("DELETE", $"/clusters/{Id}/servers/i-0abc123", status);

        await _h.Provider().ReplaceServerAsync(Id, "i-0abc123");

        var entry = _h.SingleApiRequest("DELETE", $"/clusters/{Id}/servers/i-0abc123");
        Assert.Equal(string.Empty, ImplyHarness.Query(entry));
        Assert.Equal("Bearer " + ImplyHarness.AccessToken, ImplyHarness.Header(entry, "Authorization"));
    }

    [Fact]
    public async Task Ids_are_escaped_in_the_path()
    {
        _h.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ImplyHarness.ClusterJson));

        await _h.Provider().GetClusterAsync("a/b c");

        // The slash stays escaped, so the id is one path segment (WireMock shows the space decoded).
        Assert.EndsWith("/clusters/a%2Fb c", _h.ApiRequests().Single().RequestMessage!.AbsoluteUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_without_uid_is_a_malformed_response_not_a_null_reference()
    {
        _h.Answer("GET", "/clusters/" + Id, 200, """{ "metadata": { "name": "x" }, "spec": {} }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider().GetClusterAsync(Id));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("metadata.uid", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_body_is_a_malformed_response()
    {
        _h.Answer("GET", "/clusters/" + Id, 200, "{ not json");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _h.Provider().GetClusterAsync(Id));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    private static void AssertSample(ClusterInfo cluster)
    {
        Assert.Equal("imply", cluster.Provider);
        Assert.Equal(Id, cluster.Id);
        Assert.Equal("test-1", cluster.Name);
        Assert.Equal(ClusterStatus.Running, cluster.Status);
        Assert.Equal("RUNNING", cluster.RawStatus);
        Assert.Equal("2021.06", cluster.Version);
        Assert.Null(cluster.Region);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "analytics", ["env"] = "prod" }, cluster.Tags);
        var native = cluster.GetNative<ImplyCluster>();
        Assert.Equal(7, native.Status!.ResourceVersion);
        Assert.Equal("i-0abc123", native.Status.Servers![0].InstanceId);
    }
}
