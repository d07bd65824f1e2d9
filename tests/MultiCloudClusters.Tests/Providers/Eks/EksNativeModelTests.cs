using System.Text.Json;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Paging;
using MultiCloudClusters.Providers.Eks;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>
/// The hand-written EKS surface: DeregisterCluster with its answer, ListClusters without connected clusters, and the
/// <see cref="EksCluster"/> model keeping every member EKS sends (unmapped ones as JSON).
/// </summary>
public sealed class EksNativeModelTests : IDisposable
{
    private const string FullCluster = """
        {
          "cluster": {
            "name": "prod",
            "arn": "arn:aws:eks:us-west-2:123456789012:cluster/prod",
            "id": "0a1b2c3d",
            "createdAt": 1700000000.25,
            "version": "1.31",
            "platformVersion": "eks.12",
            "endpoint": "https://ABCDEF.gr7.us-west-2.eks.amazonaws.com",
            "roleArn": "arn:aws:iam::123456789012:role/eks-cluster",
            "status": "ACTIVE",
            "clientRequestToken": "token-1",
            "tags": { "owner": "ops" },
            "deletionProtection": true,
            "resourcesVpcConfig": { "vpcId": "vpc-1", "subnetIds": ["subnet-a", "subnet-b"], "endpointPublicAccess": true },
            "kubernetesNetworkConfig": { "serviceIpv4Cidr": "10.100.0.0/16", "ipFamily": "ipv4" },
            "logging": { "clusterLogging": [ { "types": ["api", "audit"], "enabled": true } ] },
            "identity": { "oidc": { "issuer": "https://oidc.eks.us-west-2.amazonaws.com/id/ABC" } },
            "certificateAuthority": { "data": "LS0tLS1CRUdJTi0tLS0t" },
            "encryptionConfig": [ { "resources": ["secrets"], "provider": { "keyArn": "arn:aws:kms:us-west-2:123456789012:key/k" } } ],
            "accessConfig": { "authenticationMode": "API" },
            "upgradePolicy": { "supportType": "STANDARD" },
            "zonalShiftConfig": { "enabled": false },
            "computeConfig": { "enabled": true, "nodePools": ["general-purpose"] },
            "storageConfig": { "blockStorage": { "enabled": true } },
            "controlPlaneScalingConfig": { "tier": "standard" },
            "health": {
              "issues": [ { "code": "ClusterUnreachable", "message": "agent not connected", "resourceIds": ["edge-1"], "since": "2024-01-01" } ],
              "checkedAt": 1700000100
            },
            "somethingNew": { "added": "later" }
          }
        }
        """;

    private readonly EksHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task DeregisterCluster_sends_a_signed_delete_and_returns_the_cluster_it_answers_with()
    {
        _host.Answer("DELETE", "/cluster-registrations/edge-1", 200, EksJson.Cluster("edge-1", "DELETING", version: null));

        var cluster = await _host.Provider.DeregisterClusterAsync("edge-1");

        var entry = Assert.Single(_host.Received);
        Assert.Equal("DELETE", entry.RequestMessage!.Method);
        Assert.Equal("/cluster-registrations/edge-1", entry.RequestMessage.AbsolutePath);
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.RawQuery));
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.Body));
        SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
        Assert.Equal("edge-1", cluster.Id);
        Assert.Equal(ClusterStatus.Deleting, cluster.Status);
        Assert.Equal("DELETING", cluster.GetNative<EksCluster>().Status);
        Assert.Equal(EksHost.Region, cluster.Region);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-starts-with-a-dash")]
    [InlineData("has/slash")]
    public async Task DeregisterCluster_refuses_a_bad_name_before_sending_anything(string name)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _host.Provider.DeregisterClusterAsync(name));

        Assert.Equal("name", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_host.Received);
    }

    [Fact]
    public async Task DeregisterCluster_answer_without_a_cluster_is_a_malformed_response()
    {
        _host.Answer("DELETE", "/cluster-registrations/edge-1", 200, "{}");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _host.Provider.DeregisterClusterAsync("edge-1"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Fact]
    public async Task ListClusterNames_without_connected_clusters_leaves_include_out()
    {
        _host.Answer("GET", "/clusters", 200, """{ "clusters": ["alpha", "beta"] }""");

        var names = await _host.Provider.ListClusterNamesAsync(pageSize: 10, includeConnected: false).ToListAsync();

        Assert.Equal(["alpha", "beta"], names);
        var entry = Assert.Single(_host.Received);
        Assert.Equal("GET", entry.RequestMessage!.Method);
        Assert.Equal("/clusters", entry.RequestMessage.AbsolutePath);
        Assert.Equal("maxResults=10", entry.RequestMessage.RawQuery!.TrimStart('?'));
        SignatureCheck.AssertSigned(entry, EksHost.Credentials, EksHost.Region, EksHost.Start);
    }

    [Fact]
    public async Task ListClusterNames_stops_when_its_token_is_cancelled()
    {
        _host.Answer("GET", "/clusters", 200, """{ "clusters": ["alpha"] }""");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _host.Provider.ListClusterNamesAsync(cancellationToken: cancellation.Token).ToListAsync());

        Assert.Empty(_host.Received);
    }

    [Fact]
    public async Task DescribeCluster_maps_every_member_and_keeps_the_unmapped_ones_as_json()
    {
        _host.Answer("GET", "/clusters/prod", 200, FullCluster);

        var info = await _host.Provider.GetClusterAsync("prod");

        var cluster = info.GetNative<EksCluster>();
        Assert.Equal("prod", cluster.Name);
        Assert.Equal("arn:aws:eks:us-west-2:123456789012:cluster/prod", cluster.Arn);
        Assert.Equal("0a1b2c3d", cluster.Id);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(1700000000).AddMilliseconds(250), cluster.CreatedAt);
        Assert.Equal("1.31", cluster.Version);
        Assert.Equal("eks.12", cluster.PlatformVersion);
        Assert.Equal("https://ABCDEF.gr7.us-west-2.eks.amazonaws.com", cluster.Endpoint);
        Assert.Equal("arn:aws:iam::123456789012:role/eks-cluster", cluster.RoleArn);
        Assert.Equal("ACTIVE", cluster.Status);
        Assert.Equal("token-1", cluster.ClientRequestToken);
        Assert.Equal("ops", cluster.Tags["owner"]);
        Assert.True(cluster.DeletionProtection);
        Assert.Null(cluster.ConnectorConfig);

        var issue = Assert.Single(cluster.Health!.Issues);
        Assert.Equal("ClusterUnreachable", issue.Code);
        Assert.Equal("agent not connected", issue.Message);
        Assert.Equal(["edge-1"], issue.ResourceIds);
        Assert.Equal("2024-01-01", Assert.Single(issue.AdditionalProperties).Value.GetString());
        Assert.Equal(1700000100, Assert.Single(cluster.Health.AdditionalProperties).Value.GetInt64());

        var extra = cluster.AdditionalProperties;
        Assert.Equal(
            ["accessConfig", "certificateAuthority", "computeConfig", "controlPlaneScalingConfig", "encryptionConfig", "identity", "kubernetesNetworkConfig",
             "logging", "resourcesVpcConfig", "somethingNew", "storageConfig", "upgradePolicy", "zonalShiftConfig"],
            extra.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("vpc-1", extra["resourcesVpcConfig"].GetProperty("vpcId").GetString());
        Assert.Equal(["subnet-a", "subnet-b"], extra["resourcesVpcConfig"].GetProperty("subnetIds").EnumerateArray().Select(e => e.GetString()));
        Assert.False(extra["resourcesVpcConfig"].TryGetProperty("securityGroupIds", out _)); // absent members stay absent
        Assert.Equal("https://oidc.eks.us-west-2.amazonaws.com/id/ABC", extra["identity"].GetProperty("oidc").GetProperty("issuer").GetString());
        Assert.Equal("LS0tLS1CRUdJTi0tLS0t", extra["certificateAuthority"].GetProperty("data").GetString());
        Assert.Equal("secrets", extra["encryptionConfig"][0].GetProperty("resources")[0].GetString());
        Assert.Equal(["api", "audit"], extra["logging"].GetProperty("clusterLogging")[0].GetProperty("types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("API", extra["accessConfig"].GetProperty("authenticationMode").GetString());
        Assert.True(extra["storageConfig"].GetProperty("blockStorage").GetProperty("enabled").GetBoolean());
        Assert.Equal("standard", extra["controlPlaneScalingConfig"].GetProperty("tier").GetString());
        Assert.Equal("later", extra["somethingNew"].GetProperty("added").GetString());
    }

    [Fact]
    public async Task A_registered_cluster_has_only_the_connector_members_and_the_code_stays_out_of_ToString()
    {
        _host.Answer("GET", "/clusters/edge-1", 200, """
            {
              "cluster": {
                "name": "edge-1", "arn": "arn:aws:eks:us-west-2:123456789012:cluster/edge-1", "createdAt": 1711468800,
                "status": "PENDING", "tags": {},
                "connectorConfig": {
                  "activationId": "act-1", "activationCode": "S3CRET-activation-code", "activationExpiry": 1711728000,
                  "provider": "OTHER", "roleArn": "arn:aws:iam::123456789012:role/eks-connector-agent", "agentVersion": "1.2"
                }
              }
            }
            """);

        var info = await _host.Provider.GetClusterAsync("edge-1");

        var cluster = info.GetNative<EksCluster>();
        var connector = cluster.ConnectorConfig!;
        Assert.Equal("act-1", connector.ActivationId);
        Assert.Equal("S3CRET-activation-code", connector.ActivationCode);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(1711728000), connector.ActivationExpiry);
        Assert.Equal("OTHER", connector.Provider);
        Assert.Equal("arn:aws:iam::123456789012:role/eks-connector-agent", connector.RoleArn);
        Assert.Equal("1.2", Assert.Single(connector.AdditionalProperties).Value.GetString());
        Assert.Empty(cluster.AdditionalProperties);
        Assert.Empty(cluster.Tags);
        Assert.Null(cluster.Health);
        Assert.Null(cluster.Version);

        string[] shown = [info.ToString(), cluster.ToString(), connector.ToString()];
        Assert.All(shown, text => Assert.DoesNotContain("S3CRET", text, StringComparison.Ordinal));
        Assert.Contains("ActivationCode=hidden", connector.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_activation_expiry_is_a_malformed_response()
    {
        _host.Answer("GET", "/clusters/edge-1", 200, """{ "cluster": { "name": "edge-1", "connectorConfig": { "activationExpiry": 1e300 } } }""");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => _host.Provider.GetClusterAsync("edge-1"));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
        Assert.Contains("cluster.connectorConfig.activationExpiry", ex.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_provider_can_be_replaced_in_a_test_and_its_models_built_by_hand()
    {
        var fake = new FakeProvider();

        var registration = await fake.RegisterClusterAsync(new ClusterCreateRequest { Name = "edge-9" });
        var created = await fake.CreateClusterAsync(new ClusterCreateRequest { Name = "edge-9" });

        Assert.Equal("edge-9", created.Name);
        Assert.Equal("fake-S3CRET", registration.ActivationCode);
        Assert.DoesNotContain("fake-S3CRET", registration.ToString(), StringComparison.Ordinal);
        Assert.Equal("OTHER", created.GetNative<EksCluster>().ConnectorConfig!.Provider);
        Assert.Throws<InvalidOperationException>(() => fake.ListClusterNamesAsync());
    }

    private sealed class FakeProvider : EksClusterProvider
    {
        public override Task<EksRegistration> RegisterClusterAsync(ClusterCreateRequest request, CancellationToken cancellationToken = default)
        {
            var cluster = new EksCluster { Name = request.Name, Status = "PENDING", ConnectorConfig = new EksConnectorConfig { Provider = "OTHER", ActivationCode = "fake-S3CRET" } };
            return Task.FromResult(new EksRegistration
            {
                Cluster = new ClusterInfo { Provider = ProviderName, Id = cluster.Name, Name = cluster.Name, Status = ClusterStatus.Pending, Native = cluster },
                ActivationId = "id",
                ActivationCode = "fake-S3CRET",
            });
        }

        public override AsyncPageable<string> ListClusterNamesAsync(int? pageSize = null, bool includeConnected = true, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not faked");
    }
}
