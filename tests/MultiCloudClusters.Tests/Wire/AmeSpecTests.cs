using MultiCloudClusters.Tests.Specs;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>What specs/ame.yaml must declare, read without the generator.</summary>
public class AmeSpecTests
{
    private const string Prefix = "/api/v1/orgs/{organisationSlug}/clusters";

    [Fact]
    public void Operations_are_exactly_the_documented_ones()
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [$"GET {Prefix}"] = "ListOrganisationClusters",
            [$"GET {Prefix}/{{environmentSlug}}"] = "ListEnvironmentClusters",
            [$"POST {Prefix}/{{environmentSlug}}"] = "CreateCluster",
            [$"GET {Prefix}/{{environmentSlug}}/{{clusterSlug}}"] = "GetCluster",
            [$"PATCH {Prefix}/{{environmentSlug}}/{{clusterSlug}}"] = "UpdateCluster",
            [$"GET {Prefix}/{{environmentSlug}}/{{clusterSlug}}/join-config"] = "GetClusterJoinConfig",
            [$"POST {Prefix}/{{clusterSlug}}/move"] = "MoveCluster",
            [$"GET {Prefix}/{{environmentSlug}}/{{clusterSlug}}/oidc-config"] = "GetClusterOidcConfig",
            [$"GET {Prefix}/{{environmentSlug}}/{{clusterSlug}}/pools"] = "ListNodePools",
            [$"POST {Prefix}/{{environmentSlug}}/{{clusterSlug}}/pools"] = "CreateNodePool",
            [$"PUT {Prefix}/{{environmentSlug}}/{{clusterSlug}}/pools/{{nodePoolId}}"] = "UpdateNodePool",
            [$"DELETE {Prefix}/{{environmentSlug}}/{{clusterSlug}}/pools/{{nodePoolId}}"] = "DeleteNodePool",
            [$"POST {Prefix}/{{environmentSlug}}/{{clusterSlug}}/pools/{{nodePoolIdentity}}/join-config"] = "GetNodePoolJoinConfig",
            [$"POST {Prefix}/{{environmentSlug}}/{{clusterSlug}}/prometheus-rules-inheritance"] = "UpdatePrometheusRulesInheritance",
        };

        Assert.Equal(expected, SpecDocument.Load("ame.yaml").Operations);
    }

    [Fact]
    public void No_http_delete_exists_for_clusters()
    {
        var operations = SpecDocument.Load("ame.yaml").Operations;
        Assert.DoesNotContain(operations.Keys, k => k.StartsWith("DELETE ", StringComparison.Ordinal) && !k.Contains("/pools/", StringComparison.Ordinal));
    }

    [Fact]
    public void Decisions_are_marked_as_assumptions_where_they_apply()
    {
        var spec = SpecDocument.Load("ame.yaml");

        Assert.Contains("/move", Assumption(spec, "paths", $"{Prefix}/{{clusterSlug}}/move", "post"), StringComparison.Ordinal);
        Assert.Contains("seed", Assumption(spec, "paths", $"{Prefix}/{{environmentSlug}}/{{clusterSlug}}/join-config", "get"), StringComparison.Ordinal);
        Assert.Contains("page", Assumption(spec, "components", "parameters", "Page"), StringComparison.Ordinal);
        Assert.Contains("size only when", Assumption(spec, "components", "parameters", "Size"), StringComparison.Ordinal);
        Assert.Contains("sort=", Assumption(spec, "components", "parameters", "Sort"), StringComparison.Ordinal);
        Assert.Contains("plain strings", Assumption(spec, "components", "schemas", "Cluster"), StringComparison.Ordinal);
        Assert.Contains("CIDR strings", Assumption(spec, "components", "schemas", "ClusterCreateRequest"), StringComparison.Ordinal);
        Assert.Contains("no body members", Assumption(spec, "components", "schemas", "PrometheusRulesInheritanceRequest"), StringComparison.Ordinal);
        Assert.True(spec.Assumptions.Count() >= 10);
    }

    [Fact]
    public void Server_auth_and_paging_params_are_declared()
    {
        var spec = SpecDocument.Load("ame.yaml");
        var server = (YamlMappingNode)((YamlSequenceNode)spec.Root["servers"]).Children[0];
        Assert.Equal("https://api.avisi.cloud", Scalar(server, "url"));

        var scheme = Node(spec, "components", "securitySchemes", "PersonalAccessToken");
        Assert.Equal("apiKey", Scalar(scheme, "type"));
        Assert.Equal("header", Scalar(scheme, "in"));
        Assert.Equal("Authorization", Scalar(scheme, "name"));
        Assert.Contains("Token <", Scalar(scheme, "description"), StringComparison.Ordinal);

        var security = (YamlMappingNode)((YamlSequenceNode)spec.Root["security"]).Children[0];
        Assert.True(security.Children.ContainsKey(new YamlScalarNode("PersonalAccessToken")));

        var sort = Node(spec, "components", "parameters", "Sort");
        Assert.Equal("true", Scalar(sort, "explode"));
        Assert.Equal("array", Scalar((YamlMappingNode)sort["schema"], "type"));
    }

    [Fact]
    public void Status_like_response_members_are_plain_strings_without_enums()
    {
        var spec = SpecDocument.Load("ame.yaml");
        foreach (var (schema, member) in new[]
                 {
                     ("Cluster", "status"), ("Cluster", "desiredStatus"), ("Cluster", "provisionStatus"), ("Cluster", "cni"),
                     ("Cluster", "podSecurityStandardsProfile"), ("ActualClusterState", "status"), ("NodePool", "provisionStatus"),
                     ("NodePool", "upgradeStrategy"),
                 })
        {
            var property = Node(spec, "components", "schemas", schema, "properties", member);
            Assert.Equal("string", Scalar(property, "type"));
            Assert.False(property.Children.ContainsKey(new YamlScalarNode("enum")), $"{schema}.{member} has an enum");
        }

        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "specs", "ame.yaml"));
        Assert.DoesNotContain("enum:", text, StringComparison.Ordinal);
        Assert.Contains("deleting", Scalar(Node(spec, "components", "schemas", "Cluster", "properties", "status"), "description"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_operation_declares_the_error_statuses_with_the_error_body()
    {
        var spec = SpecDocument.Load("ame.yaml");
        var paths = (YamlMappingNode)spec.Root["paths"];
        foreach (var (_, pathItem) in paths.Children)
        {
            foreach (var (_, operation) in ((YamlMappingNode)pathItem).Children)
            {
                var responses = (YamlMappingNode)((YamlMappingNode)operation)["responses"];
                foreach (var status in new[] { "400", "403", "404", "500" })
                {
                    Assert.True(responses.Children.ContainsKey(new YamlScalarNode(status)), $"{Scalar((YamlMappingNode)operation, "operationId")} lacks {status}");
                }
            }
        }

        foreach (var name in new[] { "BadRequest", "Forbidden", "NotFound", "ServerError" })
        {
            var schema = Node(spec, "components", "responses", name, "content", "application/json", "schema");
            Assert.Equal("#/components/schemas/ErrorResponse", Scalar(schema, "$ref"));
        }
    }

    private static string Assumption(SpecDocument spec, params string[] path) => Scalar(Node(spec, path), "x-assumption");

    private static YamlMappingNode Node(SpecDocument spec, params string[] path)
    {
        YamlNode node = spec.Root;
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node)[key];
        }

        return (YamlMappingNode)node;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
