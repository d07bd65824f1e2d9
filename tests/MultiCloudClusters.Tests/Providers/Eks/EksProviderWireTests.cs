using System.Text.Json;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Eks;
using Generated = MultiCloudClusters.Providers.Eks.Generated;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>Every EKS operation through the provider, against a mock endpoint that records what it received.</summary>
public sealed class EksProviderWireTests : IDisposable
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/eks-connector-agent";
    private readonly EksHost _host = new();

    public void Dispose() => _host.Dispose();

    private static ClusterCreateRequest Registration(string? token = null) => new()
    {
        Name = "edge-1",
        Tags = new Dictionary<string, string> { ["team"] = "platform", ["env"] = "dev" },
        Options = new EksClusterOptions { ConnectorProvider = "GKE", RoleArn = RoleArn, ClientRequestToken = token },
    };

    [Fact]
    public async Task RegisterCluster_posts_the_signed_body_and_returns_the_activation()
    {
        _host.Answer("POST", "/cluster-registrations", 200, EksJson.Registered);

        var registration = await _host.Provider.RegisterClusterAsync(Registration());

        var entry = Assert.Single(_host.Received);
        Assert.Equal("POST", entry.RequestMessage!.Method);
        Assert.Equal("/cluster-registrations", entry.RequestMessage.AbsolutePath);
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.RawQuery));
        Assert.StartsWith("application/json", SignatureCheck.Header(entry, "Content-Type"), StringComparison.Ordinal);
        var signed = SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
        Assert.Equal(["accept", "content-type", "host", "x-amz-date", "x-amz-security-token"], signed);

        var body = EksHost.Body(entry);
        Assert.Equal("edge-1", body.GetProperty("name").GetString());
        Assert.Equal("GKE", body.GetProperty("connectorConfig").GetProperty("provider").GetString());
        Assert.Equal(RoleArn, body.GetProperty("connectorConfig").GetProperty("roleArn").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("clientRequestToken").GetString(), out _));
        Assert.Equal("platform", body.GetProperty("tags").GetProperty("team").GetString());
        Assert.Equal("dev", body.GetProperty("tags").GetProperty("env").GetString());

        Assert.Equal("2c9f6f3c-5a1e-4d0e-9a2b-1c3d5e7f9a0b", registration.ActivationId);
        Assert.Equal(EksJson.ActivationCode, registration.ActivationCode);
        Assert.Equal(new DateTimeOffset(2024, 3, 29, 16, 0, 0, 500, TimeSpan.Zero), registration.ActivationExpiry);
        Assert.Contains("connector manifest", registration.Instructions, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2024-03-29 16:00:00Z", registration.Instructions, StringComparison.Ordinal);

        var cluster = registration.Cluster;
        Assert.Equal("eks", cluster.Provider);
        Assert.Equal("edge-1", cluster.Id);
        Assert.Equal("edge-1", cluster.Name);
        Assert.Equal(ClusterStatus.Pending, cluster.Status);
        Assert.Equal("PENDING", cluster.RawStatus);
        Assert.Equal(EksHost.Region, cluster.Region);
        Assert.Equal(new DateTimeOffset(2024, 3, 26, 16, 0, 0, 123, TimeSpan.Zero), cluster.CreatedAt);
        Assert.Equal("platform", cluster.Tags["team"]);
        var native = cluster.GetNative<EksCluster>();
        Assert.Equal("edge-1", native.Name);
        Assert.Equal("arn:aws:eks:us-west-2:123456789012:cluster/edge-1", native.Arn);
        Assert.Equal("PENDING", native.Status);
        Assert.Equal("7f3c1a52-8f0e-4d9c-9d6f-2b1f4c6e7a10", native.ClientRequestToken);
        Assert.Equal(cluster.CreatedAt, native.CreatedAt);
        Assert.Equal("dev", native.Tags["env"]);
        var connector = native.ConnectorConfig!;
        Assert.Equal("GKE", connector.Provider);
        Assert.Equal(RoleArn, connector.RoleArn);
        Assert.Equal(registration.ActivationId, connector.ActivationId);
        Assert.Equal(EksJson.ActivationCode, connector.ActivationCode);
        Assert.Equal(registration.ActivationExpiry, connector.ActivationExpiry);
        Assert.Empty(native.AdditionalProperties);
    }

    [Fact]
    public async Task RegisterCluster_leaves_out_an_empty_tag_map_which_AWS_refuses()
    {
        _host.Answer("POST", "/cluster-registrations", 200, EksJson.Registered);

        await _host.Provider.RegisterClusterAsync(new ClusterCreateRequest
        {
            Name = "edge-1",
            Tags = new Dictionary<string, string>(),
            Options = new EksClusterOptions { ConnectorProvider = "GKE", RoleArn = RoleArn },
        });

        var body = EksHost.Body(Assert.Single(_host.Received));
        Assert.False(body.TryGetProperty("tags", out _), body.GetRawText()); // TagMap has min 1 entry in the AWS model
        Assert.Equal("edge-1", body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task RegisterCluster_sends_the_callers_token_and_CreateCluster_returns_the_cluster()
    {
        _host.Answer("POST", "/cluster-registrations", 200, EksJson.Registered);

        var cluster = await _host.Provider.CreateClusterAsync(Registration("my-token-1"));

        var entry = Assert.Single(_host.Received);
        Assert.Equal("my-token-1", EksHost.Body(entry).GetProperty("clientRequestToken").GetString());
        SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
        Assert.Equal(ClusterStatus.Pending, cluster.Status);
        Assert.Equal("edge-1", cluster.Id);
    }

    [Fact]
    public async Task Each_logical_register_call_gets_its_own_token()
    {
        _host.Answer("POST", "/cluster-registrations", 200, EksJson.Registered);

        await _host.Provider.RegisterClusterAsync(Registration());
        await _host.Provider.RegisterClusterAsync(Registration());

        var tokens = _host.Received.Select(e => EksHost.Body(e).GetProperty("clientRequestToken").GetString()).ToList();
        Assert.Equal(2, tokens.Count);
        Assert.NotEqual(tokens[0], tokens[1]);
    }

    [Fact]
    public async Task Retried_register_after_a_500_sends_the_same_token_with_a_fresh_signature()
    {
        _host.AnswerInTurn(
            "POST",
            "/cluster-registrations",
            (500, EksJson.Error("ServerException", "internal failure")),
            (200, EksJson.Registered));

        var registration = await _host.DriveAsync(() => _host.Provider.RegisterClusterAsync(Registration()));

        var entries = _host.Received;
        Assert.Equal(2, entries.Count);
        var tokens = entries.Select(e => EksHost.Body(e).GetProperty("clientRequestToken").GetString()).ToList();
        Assert.True(Guid.TryParse(tokens[0], out _));
        Assert.Equal(tokens[0], tokens[1]);
        Assert.Equal(entries[0].RequestMessage!.Body, entries[1].RequestMessage!.Body);
        foreach (var entry in entries)
        {
            SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region);
        }

        // Each attempt is signed at its own time; the clock moved during the back-off.
        var dates = entries.Select(e => SignatureCheck.Header(e, "X-Amz-Date")!).ToList();
        Assert.True(string.CompareOrdinal(dates[0], dates[1]) <= 0);
        Assert.Equal(EksJson.ActivationCode, registration.ActivationCode);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("raw-token", 2)]
    public async Task Raw_register_through_Api_is_retried_only_with_a_token(string? token, int attempts)
    {
        _host.AnswerInTurn("POST", "/cluster-registrations", (500, EksJson.Error("ServerException", "internal failure")), (200, EksJson.Registered));
        var body = new Generated.RegisterClusterRequest
        {
            Name = "edge-1",
            ConnectorConfig = new Generated.ConnectorConfigRequest { Provider = "OTHER", RoleArn = RoleArn },
            ClientRequestToken = token,
        };

        try
        {
            await _host.DriveAsync(() => _host.Provider.Api.RegisterClusterAsync(body));
        }
        catch (CloudApiException ex)
        {
            Assert.Null(token);
            Assert.Equal(500, ex.StatusCode);
        }

        Assert.Equal(attempts, _host.Received.Count);
        foreach (var entry in _host.Received)
        {
            SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region);
        }
    }

    [Fact]
    public async Task Register_is_retried_on_resource_propagation_delay()
    {
        _host.AnswerInTurn(
            "POST",
            "/cluster-registrations",
            (428, EksJson.Error("ResourcePropagationDelayException", "the service-linked role is not visible yet")),
            (200, EksJson.Registered));

        var registration = await _host.DriveAsync(() => _host.Provider.RegisterClusterAsync(Registration()));

        Assert.Equal(2, _host.Received.Count);
        Assert.Equal("edge-1", registration.Cluster.Name);
    }

    [Fact]
    public async Task Register_refusal_is_not_retried()
    {
        _host.Answer("POST", "/cluster-registrations", 409, EksJson.Error("ResourceInUseException", "cluster edge-1 already exists"));

        var ex = await Assert.ThrowsAsync<CloudConflictException>(() => _host.DriveAsync(() => _host.Provider.RegisterClusterAsync(Registration())));

        Assert.Single(_host.Received);
        Assert.Equal("ResourceInUseException", ex.ErrorCode);
        Assert.Equal("cluster edge-1 already exists", ex.ErrorMessage);
        Assert.Equal("req-409", ex.RequestId);
    }

    [Fact]
    public async Task Throttling_is_retried_three_attempts_in_all_then_surfaces()
    {
        _host.Answer("GET", "/clusters/prod", 400, EksJson.Error("ThrottlingException", "Rate exceeded"));

        var ex = await Assert.ThrowsAsync<CloudThrottledException>(() => _host.DriveAsync(() => _host.Provider.GetClusterAsync("prod")));

        Assert.Equal(3, _host.Received.Count);
        Assert.Equal("ThrottlingException", ex.ErrorCode);
        Assert.True(ex.IsRetryable);
    }

    [Fact]
    public async Task DescribeCluster_gets_the_signed_path_and_maps_the_cluster()
    {
        _host.Answer("GET", "/clusters/prod", 200, EksJson.Cluster("prod", "ACTIVE", 1700000000.987));

        var cluster = await _host.Provider.GetClusterAsync("prod");

        var entry = Assert.Single(_host.Received);
        Assert.Equal("GET", entry.RequestMessage!.Method);
        Assert.Equal("/clusters/prod", entry.RequestMessage.AbsolutePath);
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.Body));
        var signed = SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
        Assert.Equal(["accept", "host", "x-amz-date", "x-amz-security-token"], signed);

        Assert.Equal("prod", cluster.Id);
        Assert.Equal(ClusterStatus.Running, cluster.Status);
        Assert.Equal("ACTIVE", cluster.RawStatus);
        Assert.Equal("1.31", cluster.Version);
        Assert.Equal(EksHost.Region, cluster.Region);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(1700000000).AddMilliseconds(987), cluster.CreatedAt);
        Assert.Equal("ops", cluster.Tags["owner"]);
        var native = cluster.GetNative<EksCluster>();
        Assert.Equal("eks.12", native.PlatformVersion);
        Assert.Equal("https://ABCDEF.gr7.us-west-2.eks.amazonaws.com", native.Endpoint);
        Assert.Null(native.ConnectorConfig);
        Assert.Equal("later", Assert.Single(native.AdditionalProperties, p => p.Key == "somethingNew").Value.GetProperty("added").GetString());
    }

    [Fact]
    public async Task DescribeCluster_without_a_cluster_member_is_a_malformed_response()
    {
        _host.Answer("GET", "/clusters/prod", 200, "{}");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _host.Provider.GetClusterAsync("prod"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("cluster", ex.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_answer_without_activation_is_a_malformed_response()
    {
        _host.Answer("POST", "/cluster-registrations", 200, EksJson.Cluster("edge-1", "PENDING"));

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _host.Provider.RegisterClusterAsync(Registration()));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("connectorConfig", ex.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeCluster_not_found_is_typed()
    {
        _host.Answer(
            "GET",
            "/clusters/gone",
            404,
            """{ "message": "No cluster found for name: gone." }""",
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.eks/" });

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(() => _host.Provider.GetClusterAsync("gone"));

        Assert.Single(_host.Received);
        Assert.Equal("ResourceNotFoundException", ex.ErrorCode);
        Assert.Equal("No cluster found for name: gone.", ex.ErrorMessage);
        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("req-404", ex.RequestId);
    }

    [Fact]
    public async Task DeregisterCluster_deletes_the_registration()
    {
        _host.Answer("DELETE", "/cluster-registrations/edge-1", 200, EksJson.Cluster("edge-1", "DELETING"));

        await _host.Provider.DeleteClusterAsync("edge-1");

        var entry = Assert.Single(_host.Received);
        Assert.Equal("DELETE", entry.RequestMessage!.Method);
        Assert.Equal("/cluster-registrations/edge-1", entry.RequestMessage.AbsolutePath);
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.RawQuery));
        SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
    }

    [Fact]
    public async Task DeregisterCluster_of_a_busy_cluster_is_a_conflict()
    {
        _host.Answer("DELETE", "/cluster-registrations/edge-1", 409, """{ "code": "ResourceInUseException", "message": "busy" }""");

        var ex = await Assert.ThrowsAsync<CloudConflictException>(() => _host.Provider.DeleteClusterAsync("edge-1"));

        Assert.Equal("ResourceInUseException", ex.ErrorCode);
        Assert.Single(_host.Received);
    }

    [Fact]
    public async Task ListClusters_walks_every_page_with_include_all_and_describes_each_name()
    {
        _host.AnswerInTurn(
            "GET",
            "/clusters",
            (200, """{ "clusters": ["alpha", "beta"], "nextToken": "page/2+token=" }"""),
            (200, """{ "clusters": ["gamma"], "nextToken": "page3" }"""),
            (200, """{ "clusters": ["delta"], "nextToken": null }"""));
        _host.Answer("GET", "/clusters/alpha", 200, EksJson.Cluster("alpha", "ACTIVE"));
        _host.Answer("GET", "/clusters/beta", 200, EksJson.Cluster("beta", "PENDING", version: null));
        _host.Answer("GET", "/clusters/gamma", 200, EksJson.Cluster("gamma", "UPDATING"));
        _host.Answer("GET", "/clusters/delta", 200, EksJson.Cluster("delta", "CREATING"));

        var clusters = new List<ClusterInfo>();
        await foreach (var cluster in _host.Provider.ListClustersAsync(new ClusterQuery { PageSize = 2 }))
        {
            clusters.Add(cluster);
        }

        Assert.Equal(["alpha", "beta", "gamma", "delta"], clusters.Select(c => c.Name));
        Assert.Equal([ClusterStatus.Running, ClusterStatus.Pending, ClusterStatus.Updating, ClusterStatus.Provisioning], clusters.Select(c => c.Status));

        var lists = _host.Received.Where(e => e.RequestMessage!.AbsolutePath == "/clusters").ToList();
        Assert.Equal(3, lists.Count);
        Assert.Equal([("maxResults", "2"), ("include", "all")], Query(lists[0]));
        Assert.Equal([("maxResults", "2"), ("nextToken", "page/2+token="), ("include", "all")], Query(lists[1]));
        Assert.Equal([("maxResults", "2"), ("nextToken", "page3"), ("include", "all")], Query(lists[2]));
        Assert.Equal(7, _host.Received.Count);
        foreach (var entry in _host.Received)
        {
            SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
        }
    }

    [Fact]
    public async Task ListClusterNames_resumes_from_a_next_token()
    {
        _host.Answer("GET", "/clusters", 200, """{ "clusters": ["gamma"] }""");

        var pages = new List<IReadOnlyList<string>>();
        await foreach (var page in _host.Provider.ListClusterNamesAsync().AsPages("resume-here", 5))
        {
            pages.Add(page.Values);
            Assert.Null(page.ContinuationToken);
        }

        Assert.Equal(["gamma"], Assert.Single(pages));
        var entry = Assert.Single(_host.Received);
        Assert.Equal([("maxResults", "5"), ("nextToken", "resume-here"), ("include", "all")], Query(entry));
        SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
    }

    [Fact]
    public async Task ListClusters_leaves_out_a_cluster_that_vanished_between_list_and_describe()
    {
        _host.Answer("GET", "/clusters", 200, """{ "clusters": ["alpha", "gone"] }""");
        _host.Answer("GET", "/clusters/alpha", 200, EksJson.Cluster("alpha", "ACTIVE"));
        _host.Answer("GET", "/clusters/gone", 404, EksJson.Error("ResourceNotFoundException", "No cluster found"));

        var clusters = new List<ClusterInfo>();
        await foreach (var cluster in _host.Provider.ListClustersAsync())
        {
            clusters.Add(cluster);
        }

        Assert.Equal("alpha", Assert.Single(clusters).Name);
    }

    [Fact]
    public async Task ListClusters_without_clusters_member_is_a_malformed_response()
    {
        _host.Answer("GET", "/clusters", 200, "{}");

        var ex = await Assert.ThrowsAsync<CloudApiException>(async () =>
        {
            await foreach (var unused in _host.Provider.ListClusterNamesAsync())
            {
            }
        });

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Fact]
    public async Task Waiting_for_deleted_ends_when_describe_answers_not_found()
    {
        _host.AnswerInTurn(
            "GET",
            "/clusters/edge-1",
            (200, EksJson.Cluster("edge-1", "DELETING")),
            (200, EksJson.Cluster("edge-1", "DELETING")),
            (404, EksJson.Error("ResourceNotFoundException", "No cluster found for name: edge-1.")));

        var result = await _host.DriveAsync(
            () => _host.Provider.WaitForStatusAsync("edge-1", ClusterStatus.Deleted, new WaitOptions { InitialInterval = TimeSpan.FromSeconds(1) }),
            TimeSpan.FromMilliseconds(500));

        Assert.Equal(ClusterStatus.Deleted, result.Status);
        Assert.Equal("edge-1", result.Id);
        Assert.Equal(3, _host.Received.Count);
    }

    [Fact]
    public async Task Waiting_for_running_follows_pending_to_active()
    {
        _host.AnswerInTurn(
            "GET",
            "/clusters/edge-1",
            (200, EksJson.Cluster("edge-1", "PENDING")),
            (200, EksJson.Cluster("edge-1", "ACTIVE")));

        var result = await _host.DriveAsync(
            () => _host.Provider.WaitForStatusAsync("edge-1", ClusterStatus.Running, new WaitOptions { InitialInterval = TimeSpan.FromSeconds(1) }),
            TimeSpan.FromMilliseconds(500));

        Assert.Equal(ClusterStatus.Running, result.Status);
        Assert.Equal(2, _host.Received.Count);
    }

    [Fact]
    public void Capabilities_are_list_get_create_delete()
    {
        Assert.Equal(
            ClusterOperations.List | ClusterOperations.Get | ClusterOperations.Create | ClusterOperations.Delete,
            _host.Provider.Capabilities.Operations);
    }

    private static List<(string, string)> Query(WireMock.Logging.ILogEntry entry) =>
        [.. (entry.RequestMessage!.RawQuery ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty)))];
}
