using System.Text.Json;
using MultiCloudClusters.Providers.Eks.Generated;
using MultiCloudClusters.Tests.Specs;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>
/// Wire tests of the generated Amazon EKS client (cluster registration subset, AWS rest-json).
/// EKS has no path prefix: the BaseAddress is the regional endpoint root.
/// </summary>
public sealed class EksWireTests : IDisposable
{
    private const string RegisteredClusterJson = """
        {
          "cluster": {
            "name": "my-api-created-external-cluster",
            "arn": "arn:aws:eks:us-west-2:123456789012:cluster/my-api-created-external-cluster",
            "createdAt": 1711468800.123,
            "clientRequestToken": "7f3c1a52-8f0e-4d9c-9d6f-2b1f4c6e7a10",
            "connectorConfig": {
              "activationCode": "aBcDeFgHiJkLmNoP1234",
              "activationExpiry": 1711728000.5,
              "activationId": "2c9f6f3c-5a1e-4d0e-9a2b-1c3d5e7f9a0b",
              "provider": "OTHER",
              "roleArn": "arn:aws:iam::123456789012:role/eks-connector-agent"
            },
            "status": "PENDING",
            "tags": { "team": "platform", "env": "dev" },
            "health": {
              "issues": [
                { "code": "ClusterUnreachable", "message": "Agent has not connected yet", "resourceIds": [ "agent-1" ] }
              ]
            }
          }
        }
        """;

    /// <summary>An EKS-created cluster with every documented member set, plus members the spec does not know.</summary>
    private const string FullClusterJson = """
        {
          "cluster": {
            "name": "prod",
            "arn": "arn:aws:eks:eu-west-1:123456789012:cluster/prod",
            "createdAt": 1700000000.987,
            "version": "1.31",
            "endpoint": "https://ABCDEF0123456789.gr7.eu-west-1.eks.amazonaws.com",
            "roleArn": "arn:aws:iam::123456789012:role/eks-cluster-role",
            "resourcesVpcConfig": {
              "subnetIds": [ "subnet-0a1", "subnet-0b2" ],
              "securityGroupIds": [ "sg-011" ],
              "clusterSecurityGroupId": "sg-0cluster",
              "vpcId": "vpc-0abc",
              "endpointPublicAccess": true,
              "endpointPrivateAccess": false,
              "publicAccessCidrs": [ "0.0.0.0/0" ],
              "controlPlaneEgressMode": "AWS_MANAGED"
            },
            "kubernetesNetworkConfig": {
              "serviceIpv4Cidr": "10.100.0.0/16",
              "serviceIpv6Cidr": "fd00::/108",
              "ipFamily": "ipv4",
              "elasticLoadBalancing": { "enabled": true }
            },
            "logging": {
              "clusterLogging": [
                { "types": [ "api", "audit" ], "enabled": true },
                { "types": [ "scheduler" ], "enabled": false }
              ]
            },
            "identity": { "oidc": { "issuer": "https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF" } },
            "status": "ACTIVE",
            "certificateAuthority": { "data": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" },
            "clientRequestToken": "token-1",
            "platformVersion": "eks.12",
            "tags": { "owner": "ops" },
            "encryptionConfig": [
              { "resources": [ "secrets" ], "provider": { "keyArn": "arn:aws:kms:eu-west-1:123456789012:key/k-1" } }
            ],
            "id": "c0ffee00-0000-1111-2222-333344445555",
            "health": { "issues": [] },
            "outpostConfig": {
              "outpostArns": [ "arn:aws:outposts:eu-west-1:123456789012:outpost/op-1" ],
              "controlPlaneInstanceType": "m5.large",
              "controlPlanePlacement": { "groupName": "pg-1", "spreadLevel": "rack" },
              "etcdInstanceType": "m5.xlarge",
              "etcdPlacement": { "spreadLevel": "host" }
            },
            "accessConfig": { "bootstrapClusterCreatorAdminPermissions": true, "authenticationMode": "API_AND_CONFIG_MAP" },
            "upgradePolicy": { "supportType": "EXTENDED" },
            "zonalShiftConfig": { "enabled": false },
            "remoteNetworkConfig": {
              "remoteNodeNetworks": [ { "cidrs": [ "10.80.0.0/16" ] } ],
              "remotePodNetworks": [ { "cidrs": [ "10.90.0.0/16" ] } ]
            },
            "computeConfig": { "enabled": true, "nodePools": [ "general-purpose", "system" ], "nodeRoleArn": "arn:aws:iam::123456789012:role/node" },
            "storageConfig": { "blockStorage": { "enabled": true } },
            "deletionProtection": true,
            "controlPlaneScalingConfig": { "tier": "tier-xl" },
            "someFutureMember": { "nested": { "deeper": [ 1, 2, 3 ] }, "flag": true },
            "anotherNewScalar": "x"
          },
          "unknownTopLevel": 42
        }
        """;

    private readonly WireServer _wire = new();
    private readonly EksApiClient _client;

    public EksWireTests() => _client = new EksApiClient(_wire.Http);

    public void Dispose() => _wire.Dispose();

    // ---------------------------------------------------------------- spec

    [Fact]
    public void Spec_has_exactly_the_four_operations()
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["POST /cluster-registrations"] = "RegisterCluster",
            ["DELETE /cluster-registrations/{name}"] = "DeregisterCluster",
            ["GET /clusters/{name}"] = "DescribeCluster",
            ["GET /clusters"] = "ListClusters",
        };
        Assert.Equal(expected, SpecDocument.Load("eks.yaml").Operations);
    }

    [Fact]
    public void Spec_states_its_assumptions()
    {
        var notes = SpecDocument.Load("eks.yaml").Assumptions.ToList();
        Assert.Contains(notes, n => n.Contains("clientRequestToken", StringComparison.Ordinal) && n.Contains("retr", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("Generated by the client", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("include=all", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("epoch seconds", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(notes, n => n.Contains("x-amzn-ErrorType", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("throttling", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Spec_declares_server_sigv4_and_no_enums()
    {
        var spec = SpecDocument.Load("eks.yaml");
        var root = spec.Root;
        var server = (YamlMappingNode)((YamlSequenceNode)root[new YamlScalarNode("servers")]).Children[0];
        Assert.Equal("https://eks.{region}.amazonaws.com", ((YamlScalarNode)server[new YamlScalarNode("url")]).Value);
        Assert.True(((YamlMappingNode)server[new YamlScalarNode("variables")]).Children.ContainsKey(new YamlScalarNode("region")));

        var schemes = (YamlMappingNode)((YamlMappingNode)root[new YamlScalarNode("components")])[new YamlScalarNode("securitySchemes")];
        var sigv4 = (YamlMappingNode)schemes[new YamlScalarNode("sigv4")];
        Assert.Equal("apiKey", ((YamlScalarNode)sigv4[new YamlScalarNode("type")]).Value);
        Assert.Equal("header", ((YamlScalarNode)sigv4[new YamlScalarNode("in")]).Value);
        Assert.Equal("Authorization", ((YamlScalarNode)sigv4[new YamlScalarNode("name")]).Value);
        Assert.Equal("awsSigv4", ((YamlScalarNode)sigv4[new YamlScalarNode("x-amazon-apigateway-authtype")]).Value);

        // Status-like strings stay plain strings: no enum anywhere in the document.
        Assert.DoesNotContain("enum:", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "specs", "eks.yaml")), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- RegisterCluster

    [Fact]
    public async Task RegisterCluster_posts_the_body_and_parses_the_activation_data()
    {
        _wire.Server.Given(Request.Create().UsingPost().WithPath("/cluster-registrations"))
            .RespondWith(Json(200, RegisteredClusterJson));

        var result = await _client.RegisterClusterAsync(new RegisterClusterRequest
        {
            Name = "my-api-created-external-cluster",
            ConnectorConfig = new ConnectorConfigRequest { RoleArn = "arn:aws:iam::123456789012:role/eks-connector-agent", Provider = "OTHER" },
            ClientRequestToken = "7f3c1a52-8f0e-4d9c-9d6f-2b1f4c6e7a10",
            Tags = new Dictionary<string, string> { ["team"] = "platform", ["env"] = "dev" },
        });

        var entry = _wire.SingleRequest();
        Assert.Equal("POST", entry.RequestMessage!.Method);
        Assert.Equal("/cluster-registrations", entry.RequestMessage.Path);
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.RawQuery?.TrimStart('?')));
        Assert.StartsWith("application/json", WireServer.Header(entry, "Content-Type"), StringComparison.Ordinal);
        Assert.Contains("application/json", WireServer.Header(entry, "Accept"), StringComparison.Ordinal);

        using var body = Body(entry);
        var root = body.RootElement;
        Assert.Equal("my-api-created-external-cluster", root.GetProperty("name").GetString());
        Assert.Equal("arn:aws:iam::123456789012:role/eks-connector-agent", root.GetProperty("connectorConfig").GetProperty("roleArn").GetString());
        Assert.Equal("OTHER", root.GetProperty("connectorConfig").GetProperty("provider").GetString());
        Assert.Equal(2, root.GetProperty("connectorConfig").EnumerateObject().Count());
        Assert.Equal("7f3c1a52-8f0e-4d9c-9d6f-2b1f4c6e7a10", root.GetProperty("clientRequestToken").GetString());
        Assert.Equal("platform", root.GetProperty("tags").GetProperty("team").GetString());
        Assert.Equal("dev", root.GetProperty("tags").GetProperty("env").GetString());
        Assert.Equal(
            new[] { "clientRequestToken", "connectorConfig", "name", "tags" },
            root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());

        var cluster = result.Cluster!;
        Assert.Equal("my-api-created-external-cluster", cluster.Name);
        Assert.Equal("arn:aws:eks:us-west-2:123456789012:cluster/my-api-created-external-cluster", cluster.Arn);
        Assert.Equal("PENDING", cluster.Status);
        Assert.Equal(1711468800.123, cluster.CreatedAt!.Value, 3);
        Assert.Equal("7f3c1a52-8f0e-4d9c-9d6f-2b1f4c6e7a10", cluster.ClientRequestToken);
        Assert.Equal("aBcDeFgHiJkLmNoP1234", cluster.ConnectorConfig!.ActivationCode);
        Assert.Equal("2c9f6f3c-5a1e-4d0e-9a2b-1c3d5e7f9a0b", cluster.ConnectorConfig.ActivationId);
        Assert.Equal(1711728000.5, cluster.ConnectorConfig.ActivationExpiry!.Value, 3);
        Assert.Equal(
            new DateTimeOffset(2024, 3, 29, 16, 0, 0, 500, TimeSpan.Zero),
            DateTimeOffset.FromUnixTimeMilliseconds((long)(cluster.ConnectorConfig.ActivationExpiry.Value * 1000)));
        Assert.Equal("OTHER", cluster.ConnectorConfig.Provider);
        Assert.Equal("arn:aws:iam::123456789012:role/eks-connector-agent", cluster.ConnectorConfig.RoleArn);
        Assert.Equal("platform", cluster.Tags!["team"]);
        var issue = Assert.Single(cluster.Health!.Issues!);
        Assert.Equal("ClusterUnreachable", issue.Code);
        Assert.Equal("agent-1", Assert.Single(issue.ResourceIds!));
    }

    [Fact]
    public async Task RegisterCluster_without_optional_members_sends_no_values_for_them()
    {
        _wire.Server.Given(Request.Create().UsingPost().WithPath("/cluster-registrations"))
            .RespondWith(Json(200, RegisteredClusterJson));

        await _client.RegisterClusterAsync(new RegisterClusterRequest
        {
            Name = "edge-1",
            ConnectorConfig = new ConnectorConfigRequest { RoleArn = "arn:aws:iam::123456789012:role/agent", Provider = "EKS_ANYWHERE" },
        });

        using var body = Body(_wire.SingleRequest());
        var root = body.RootElement;
        Assert.Equal("edge-1", root.GetProperty("name").GetString());
        Assert.Equal("EKS_ANYWHERE", root.GetProperty("connectorConfig").GetProperty("provider").GetString());
        // The generated System.Text.Json models write unset optional members as null (no ignore condition);
        // a serializer setting that omits nulls would drop them. Either way no value is sent.
        AbsentOrNull(root, "clientRequestToken");
        AbsentOrNull(root, "tags");
    }

    // ---------------------------------------------------------------- DeregisterCluster

    [Fact]
    public async Task DeregisterCluster_sends_delete_with_the_name_in_the_path()
    {
        _wire.Server.Given(Request.Create().UsingDelete().WithPath("/cluster-registrations/edge-cluster_01"))
            .RespondWith(Json(200, """
                {"cluster":{"name":"edge-cluster_01","arn":"arn:aws:eks:us-east-1:123456789012:cluster/edge-cluster_01",
                 "createdAt":1711468800,"status":"DELETING",
                 "connectorConfig":{"activationId":"a-1","provider":"GKE","roleArn":"arn:aws:iam::123456789012:role/agent"},
                 "tags":{}}}
                """));

        var result = await _client.DeregisterClusterAsync("edge-cluster_01");

        var entry = _wire.SingleRequest();
        Assert.Equal("DELETE", entry.RequestMessage!.Method);
        Assert.Equal("/cluster-registrations/edge-cluster_01", entry.RequestMessage.Path);
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.RawQuery?.TrimStart('?')));
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.Body));
        Assert.Contains("application/json", WireServer.Header(entry, "Accept"), StringComparison.Ordinal);

        Assert.Equal("DELETING", result.Cluster!.Status);
        Assert.Equal("edge-cluster_01", result.Cluster.Name);
        Assert.Equal(1711468800d, result.Cluster.CreatedAt);
        Assert.Equal("GKE", result.Cluster.ConnectorConfig!.Provider);
        Assert.Equal("a-1", result.Cluster.ConnectorConfig.ActivationId);
        Assert.Null(result.Cluster.ConnectorConfig.ActivationCode);
        Assert.Empty(result.Cluster.Tags!);
    }

    // ---------------------------------------------------------------- DescribeCluster

    [Fact]
    public async Task DescribeCluster_gets_by_name_and_parses_every_member_of_the_cluster()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters/prod"))
            .RespondWith(Json(200, FullClusterJson));

        var result = await _client.DescribeClusterAsync("prod");

        var entry = _wire.SingleRequest();
        Assert.Equal("GET", entry.RequestMessage!.Method);
        Assert.Equal("/clusters/prod", entry.RequestMessage.Path);
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.RawQuery?.TrimStart('?')));
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.Body));

        var c = result.Cluster!;
        Assert.Equal("prod", c.Name);
        Assert.Equal("arn:aws:eks:eu-west-1:123456789012:cluster/prod", c.Arn);
        Assert.Equal(1700000000.987, c.CreatedAt!.Value, 3);
        Assert.Equal("1.31", c.Version);
        Assert.Equal("https://ABCDEF0123456789.gr7.eu-west-1.eks.amazonaws.com", c.Endpoint);
        Assert.Equal("arn:aws:iam::123456789012:role/eks-cluster-role", c.RoleArn);
        Assert.Equal("ACTIVE", c.Status);
        Assert.Equal("token-1", c.ClientRequestToken);
        Assert.Equal("eks.12", c.PlatformVersion);
        Assert.Equal("ops", c.Tags!["owner"]);
        Assert.Equal("c0ffee00-0000-1111-2222-333344445555", c.Id);
        Assert.True(c.DeletionProtection);

        VpcConfigResponse vpc = c.ResourcesVpcConfig!;
        Assert.Equal(["subnet-0a1", "subnet-0b2"], vpc.SubnetIds!);
        Assert.Equal("sg-011", Assert.Single(vpc.SecurityGroupIds!));
        Assert.Equal("sg-0cluster", vpc.ClusterSecurityGroupId);
        Assert.Equal("vpc-0abc", vpc.VpcId);
        Assert.True(vpc.EndpointPublicAccess);
        Assert.False(vpc.EndpointPrivateAccess);
        Assert.Equal("0.0.0.0/0", Assert.Single(vpc.PublicAccessCidrs!));
        Assert.Equal("AWS_MANAGED", vpc.ControlPlaneEgressMode);

        KubernetesNetworkConfigResponse net = c.KubernetesNetworkConfig!;
        Assert.Equal("10.100.0.0/16", net.ServiceIpv4Cidr);
        Assert.Equal("fd00::/108", net.ServiceIpv6Cidr);
        Assert.Equal("ipv4", net.IpFamily);
        Assert.True(net.ElasticLoadBalancing!.Enabled);

        Assert.Equal(2, c.Logging!.ClusterLogging!.Count);
        Assert.Equal(["api", "audit"], c.Logging.ClusterLogging[0].Types!);
        Assert.True(c.Logging.ClusterLogging[0].Enabled);
        Assert.False(c.Logging.ClusterLogging[1].Enabled);

        Assert.Equal("https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF", c.Identity!.Oidc!.Issuer);
        Assert.Equal("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t", c.CertificateAuthority!.Data);

        EncryptionConfig enc = Assert.Single(c.EncryptionConfig!);
        Assert.Equal("secrets", Assert.Single(enc.Resources!));
        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/k-1", enc.Provider!.KeyArn);

        Assert.Empty(c.Health!.Issues!);

        OutpostConfigResponse outpost = c.OutpostConfig!;
        Assert.Equal("arn:aws:outposts:eu-west-1:123456789012:outpost/op-1", Assert.Single(outpost.OutpostArns!));
        Assert.Equal("m5.large", outpost.ControlPlaneInstanceType);
        Assert.Equal("pg-1", outpost.ControlPlanePlacement!.GroupName);
        Assert.Equal("rack", outpost.ControlPlanePlacement.SpreadLevel);
        Assert.Equal("m5.xlarge", outpost.EtcdInstanceType);
        Assert.Equal("host", outpost.EtcdPlacement!.SpreadLevel);

        Assert.True(c.AccessConfig!.BootstrapClusterCreatorAdminPermissions);
        Assert.Equal("API_AND_CONFIG_MAP", c.AccessConfig.AuthenticationMode);
        Assert.Equal("EXTENDED", c.UpgradePolicy!.SupportType);
        Assert.False(c.ZonalShiftConfig!.Enabled);
        Assert.Equal("10.80.0.0/16", Assert.Single(Assert.Single(c.RemoteNetworkConfig!.RemoteNodeNetworks!).Cidrs!));
        Assert.Equal("10.90.0.0/16", Assert.Single(Assert.Single(c.RemoteNetworkConfig.RemotePodNetworks!).Cidrs!));
        Assert.True(c.ComputeConfig!.Enabled);
        Assert.Equal(["general-purpose", "system"], c.ComputeConfig.NodePools!);
        Assert.Equal("arn:aws:iam::123456789012:role/node", c.ComputeConfig.NodeRoleArn);
        Assert.True(c.StorageConfig!.BlockStorage!.Enabled);
        Assert.Equal("tier-xl", c.ControlPlaneScalingConfig!.Tier);
        Assert.Null(c.ConnectorConfig);
    }

    [Fact]
    public async Task Unknown_members_and_unknown_nested_objects_do_not_break_parsing()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters/prod"))
            .RespondWith(Json(200, FullClusterJson));

        var result = await _client.DescribeClusterAsync("prod");

        Assert.Equal("prod", result.Cluster!.Name);
        var future = Assert.IsType<JsonElement>(result.Cluster.AdditionalProperties!["someFutureMember"]);
        Assert.Equal(3, future.GetProperty("nested").GetProperty("deeper").GetArrayLength());
        Assert.Equal("x", ((JsonElement)result.Cluster.AdditionalProperties["anotherNewScalar"]).GetString());
        Assert.Equal(42, ((JsonElement)result.AdditionalProperties!["unknownTopLevel"]).GetInt32());
    }

    [Fact]
    public async Task Unknown_status_values_parse_as_plain_strings()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters/x"))
            .RespondWith(Json(200, """{"cluster":{"name":"x","status":"HIBERNATING","health":{"issues":[{"code":"BrandNewIssue"}]},"upgradePolicy":{"supportType":"FOREVER"}}}"""));

        var c = (await _client.DescribeClusterAsync("x")).Cluster!;

        Assert.Equal("HIBERNATING", c.Status);
        Assert.Equal("BrandNewIssue", Assert.Single(c.Health!.Issues!).Code);
        Assert.Equal("FOREVER", c.UpgradePolicy!.SupportType);
    }

    // ---------------------------------------------------------------- ListClusters

    [Fact]
    public async Task ListClusters_sends_paging_and_repeated_include_and_parses_the_page()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters"))
            .RespondWith(Json(200, """{"clusters":["prod","my-api-created-external-cluster"],"nextToken":"eyJuZXh0IjoiYWJjIn0="}"""));

        var page = await _client.ListClustersAsync(maxResults: 25, nextToken: "eyJ0b2tlbiI6MX0=/+", include: ["all", "other"]);

        var entry = _wire.SingleRequest();
        Assert.Equal("GET", entry.RequestMessage!.Method);
        Assert.Equal("/clusters", entry.RequestMessage.Path);
        Assert.Equal(
            "maxResults=25&nextToken=eyJ0b2tlbiI6MX0%3D%2F%2B&include=all&include=other",
            entry.RequestMessage.RawQuery!.TrimStart('?'));
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.Body));

        Assert.Equal(["prod", "my-api-created-external-cluster"], page.Clusters!);
        Assert.Equal("eyJuZXh0IjoiYWJjIn0=", page.NextToken);
    }

    [Fact]
    public async Task ListClusters_with_only_include_all_sends_one_include_pair()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters"))
            .RespondWith(Json(200, """{"clusters":[]}"""));

        var page = await _client.ListClustersAsync(include: ["all"]);

        Assert.Equal("include=all", _wire.SingleRequest().RequestMessage!.RawQuery!.TrimStart('?'));
        Assert.Empty(page.Clusters!);
        Assert.Null(page.NextToken);
    }

    [Fact]
    public async Task ListClusters_without_arguments_sends_no_query()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters"))
            .RespondWith(Json(200, """{"clusters":["a"],"nextToken":null}"""));

        var page = await _client.ListClustersAsync();

        var entry = _wire.SingleRequest();
        Assert.Equal("/clusters", entry.RequestMessage!.Path);
        Assert.True(string.IsNullOrEmpty(entry.RequestMessage.RawQuery?.TrimStart('?')));
        Assert.Equal("a", Assert.Single(page.Clusters!));
        Assert.Null(page.NextToken);
    }

    // ---------------------------------------------------------------- errors

    /// <summary>Every error status the service model lists per operation, plus the common 403.</summary>
    public static TheoryData<string, int, string> DocumentedErrors => new()
    {
        { "RegisterCluster", 400, "InvalidParameterException" },
        { "RegisterCluster", 400, "ClientException" },
        { "RegisterCluster", 400, "ResourceLimitExceededException" },
        { "RegisterCluster", 403, "AccessDeniedException" },
        { "RegisterCluster", 409, "ResourceInUseException" },
        { "RegisterCluster", 428, "ResourcePropagationDelayException" },
        { "RegisterCluster", 500, "ServerException" },
        { "RegisterCluster", 503, "ServiceUnavailableException" },
        { "DeregisterCluster", 400, "ClientException" },
        { "DeregisterCluster", 403, "AccessDeniedException" },
        { "DeregisterCluster", 404, "ResourceNotFoundException" },
        { "DeregisterCluster", 409, "ResourceInUseException" },
        { "DeregisterCluster", 500, "ServerException" },
        { "DeregisterCluster", 503, "ServiceUnavailableException" },
        { "DescribeCluster", 400, "ClientException" },
        { "DescribeCluster", 403, "InvalidClientTokenId" },
        { "DescribeCluster", 404, "ResourceNotFoundException" },
        { "DescribeCluster", 500, "ServerException" },
        { "DescribeCluster", 503, "ServiceUnavailableException" },
        { "ListClusters", 400, "InvalidParameterException" },
        { "ListClusters", 400, "ClientException" },
        { "ListClusters", 403, "InvalidClientTokenId" },
        { "ListClusters", 500, "ServerException" },
        { "ListClusters", 503, "ServiceUnavailableException" },
    };

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task Documented_error_statuses_throw_with_the_parsed_aws_error(string operation, int status, string errorType)
    {
        var body = $$"""{"message":"{{errorType}} for my-cluster","__type":"com.amazonaws.eks#{{errorType}}","clusterName":"my-cluster"}""";
        _wire.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("x-amzn-ErrorType", errorType + ":http://internal.amazon.com/coral/com.amazonaws.eks/")
                .WithHeader("x-amzn-RequestId", "req-123")
                .WithBody(body));

        var ex = await Assert.ThrowsAsync<EksApiException<ErrorResponse>>(() => Call(operation));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(errorType + " for my-cluster", ex.Result.Message);
        Assert.Equal("com.amazonaws.eks#" + errorType, ex.Result.__type);
        Assert.Equal("my-cluster", ex.Result.ClusterName);
        Assert.Null(ex.Result.Code);
        var headerKey = Assert.Single(ex.Headers.Keys, k => k.Equals("x-amzn-ErrorType", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(errorType + ":http://internal.amazon.com/coral/com.amazonaws.eks/", Assert.Single(ex.Headers[headerKey]));
    }

    [Fact]
    public async Task Error_body_with_code_and_capitalised_Message_is_parsed()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters/gone"))
            .RespondWith(Json(404, """{"Message":"No cluster found for name: gone.","code":"ResourceNotFoundException"}"""));

        var ex = await Assert.ThrowsAsync<EksApiException<ErrorResponse>>(() => _client.DescribeClusterAsync("gone"));

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("ResourceNotFoundException", ex.Result.Code);
        // The shared JSON settings match member names case-insensitively, so AWS's "Message" lands in Message.
        Assert.Equal("No cluster found for name: gone.", ex.Result.Message);
        Assert.Null(ex.Result.__type);
    }

    [Fact]
    public async Task Undocumented_status_with_json_body_uses_the_default_error_response()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters"))
            .RespondWith(Response.Create().WithStatusCode(429)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("x-amzn-ErrorType", "TooManyRequestsException")
                .WithBody("""{"message":"Rate exceeded"}"""));

        _client.ReadResponseAsString = true;

        var ex = await Assert.ThrowsAsync<EksApiException<ErrorResponse>>(() => _client.ListClustersAsync());

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("Rate exceeded", ex.Result.Message);
        Assert.Equal("""{"message":"Rate exceeded"}""", ex.Response);
    }

    [Fact]
    public async Task Non_json_error_body_still_gives_an_api_exception_with_the_status()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters/prod"))
            .RespondWith(Response.Create().WithStatusCode(502)
                .WithHeader("Content-Type", "text/html")
                .WithBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

        var ex = await Assert.ThrowsAsync<EksApiException>(() => _client.DescribeClusterAsync("prod"));

        Assert.Equal(502, ex.StatusCode);
        Assert.IsNotType<EksApiException<ErrorResponse>>(ex);
        Assert.IsType<JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task Non_json_error_body_text_is_kept_when_the_client_reads_responses_as_strings()
    {
        _wire.Server.Given(Request.Create().UsingGet().WithPath("/clusters/prod"))
            .RespondWith(Response.Create().WithStatusCode(502)
                .WithHeader("Content-Type", "text/html")
                .WithBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
        _client.ReadResponseAsString = true;

        var ex = await Assert.ThrowsAsync<EksApiException>(() => _client.DescribeClusterAsync("prod"));

        Assert.Equal(502, ex.StatusCode);
        Assert.Equal("<html><body><h1>502 Bad Gateway</h1></body></html>", ex.Response);
    }

    [Fact]
    public async Task Non_json_body_on_a_documented_status_still_gives_an_api_exception()
    {
        _wire.Server.Given(Request.Create().UsingPost().WithPath("/cluster-registrations"))
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/plain").WithBody("Service Unavailable"));

        var ex = await Assert.ThrowsAsync<EksApiException>(() => _client.RegisterClusterAsync(new RegisterClusterRequest
        {
            Name = "c",
            ConnectorConfig = new ConnectorConfigRequest { RoleArn = "arn:aws:iam::1:role/r", Provider = "OTHER" },
        }));

        Assert.Equal(503, ex.StatusCode);
        Assert.IsNotType<EksApiException<ErrorResponse>>(ex);
    }

    // ---------------------------------------------------------------- helpers

    private Task Call(string operation) => operation switch
    {
        "RegisterCluster" => _client.RegisterClusterAsync(new RegisterClusterRequest
        {
            Name = "my-cluster",
            ConnectorConfig = new ConnectorConfigRequest { RoleArn = "arn:aws:iam::123456789012:role/agent", Provider = "OTHER" },
            ClientRequestToken = "t-1",
        }),
        "DeregisterCluster" => _client.DeregisterClusterAsync("my-cluster"),
        "DescribeCluster" => _client.DescribeClusterAsync("my-cluster"),
        "ListClusters" => _client.ListClustersAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private static JsonDocument Body(ILogEntry entry) => JsonDocument.Parse(entry.RequestMessage!.Body!);

    private static void AbsentOrNull(JsonElement obj, string name)
    {
        if (obj.TryGetProperty(name, out var value))
        {
            Assert.Equal(JsonValueKind.Null, value.ValueKind);
        }
    }
}
