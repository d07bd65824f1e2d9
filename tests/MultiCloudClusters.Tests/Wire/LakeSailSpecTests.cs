using MultiCloudClusters.Tests.Specs;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>Shape of <c>specs/lakesail.yaml</c>, read as plain YAML.</summary>
public class LakeSailSpecTests
{
    private static readonly SpecDocument Spec = SpecDocument.Load("lakesail.yaml");

    [Fact]
    public void Spec_has_exactly_the_expected_operations()
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["GET /infra/connections"] = "ListConnections",
            ["POST /infra/connections"] = "CreateConnection",
            ["GET /infra/connections/{connection}"] = "GetConnection",
            ["PATCH /infra/connections/{connection}"] = "UpdateConnection",
            ["DELETE /infra/connections/{connection}"] = "DeleteConnection",
            ["GET /infra/connections/{connection}/instance-types"] = "ListInstanceTypes",
            ["GET /infra/connections/{connection}/regions"] = "ListRegions",
            ["POST /infra/connections/{connection}/sync-template"] = "SyncConnectionTemplate",
            ["GET /infra/connections/{connection}/template"] = "GetConnectionTemplate",
            ["GET /infra/connections/{connection}/template/download"] = "DownloadConnectionTemplate",
            ["POST /infra/connections/{connection}/verify"] = "VerifyConnection",
            ["GET /operations/{operationId}"] = "GetOperation",
        };

        Assert.Equal(expected, Spec.Operations);
    }

    [Fact]
    public void Servers_and_security_are_declared()
    {
        var servers = (YamlSequenceNode)Spec.Root.Children[new YamlScalarNode("servers")];
        var url = Scalar(Assert.Single(servers.Children), "url");
        Assert.Equal("https://platform.lakesail.com/api/v1", url);

        var scheme = Map(Spec.Root, "components", "securitySchemes", "BearerAuth");
        Assert.Equal("http", Scalar(scheme, "type"));
        Assert.Equal("bearer", Scalar(scheme, "scheme"));
        Assert.Contains("DPoP", Scalar(scheme, "x-assumption"), StringComparison.Ordinal);

        var security = (YamlSequenceNode)Spec.Root.Children[new YamlScalarNode("security")];
        Assert.True(((YamlMappingNode)Assert.Single(security.Children)).Children.ContainsKey(new YamlScalarNode("BearerAuth")));
    }

    [Fact]
    public void Paths_carry_no_base_prefix()
    {
        Assert.All(Spec.Operations.Keys, k => Assert.DoesNotContain("/api/v1", k, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_operation_declares_the_error_body_as_default_response()
    {
        var paths = Map(Spec.Root, "paths");
        foreach (var (_, pathItem) in paths.Children)
        {
            foreach (var (method, operation) in ((YamlMappingNode)pathItem).Children)
            {
                if (((YamlScalarNode)method).Value == "parameters")
                {
                    continue;
                }

                var responses = Map((YamlMappingNode)operation, "responses");
                var fallback = (YamlMappingNode)responses.Children[new YamlScalarNode("default")];
                Assert.Equal("#/components/responses/Error", Scalar(fallback, "$ref"));
            }
        }

        var schemaRef = Scalar(Map(Spec.Root, "components", "responses", "Error", "content", "application/json", "schema"), "$ref");
        Assert.Equal("#/components/schemas/ErrorResponse", schemaRef);
    }

    [Fact]
    public void Assumptions_are_noted_where_they_apply()
    {
        Assert.Contains("error", Scalar(Map(Spec.Root, "components", "schemas", "ErrorResponse"), "x-assumption"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("seconds", Scalar(Map(Spec.Root, "components", "schemas", "ErrorDetails", "properties", "retryAfter"), "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("marker", Scalar(Map(Spec.Root, "paths", "/infra/connections", "get"), "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("201", Scalar(Map(Spec.Root, "paths", "/infra/connections", "post"), "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("204", Scalar(Map(Spec.Root, "paths", "/infra/connections/{connection}", "delete"), "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("202", Scalar(Map(Spec.Root, "paths", "/infra/connections/{connection}/sync-template", "post"), "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("Timestamps", Scalar(Map(Spec.Root, "components", "schemas", "Connection"), "x-assumption"), StringComparison.Ordinal);
        Assert.True(Spec.Assumptions.Count() >= 8);
    }

    [Fact]
    public void Status_strings_are_plain_and_no_enums_are_used()
    {
        var enums = Spec.Root.AllNodes.OfType<YamlMappingNode>()
            .Where(m => m.Children.ContainsKey(new YamlScalarNode("enum")))
            .ToList();
        Assert.Empty(enums);

        Assert.Equal("string", Scalar(Map(Spec.Root, "components", "schemas", "Operation", "properties", "status"), "type"));
        Assert.Equal("string", Scalar(Map(Spec.Root, "components", "schemas", "Connection", "properties", "status"), "type"));
    }

    [Fact]
    public void Template_download_is_binary_yaml()
    {
        var schema = Map(Spec.Root, "paths", "/infra/connections/{connection}/template/download", "get", "responses", "200", "content", "text/yaml", "schema");
        Assert.Equal("string", Scalar(schema, "type"));
        Assert.Equal("binary", Scalar(schema, "format"));
    }

    [Fact]
    public void Timestamps_are_plain_strings_without_format()
    {
        foreach (var (schema, field) in new[] { ("Connection", "createdAt"), ("Connection", "lastUsedAt"), ("Operation", "completedAt"), ("Operation", "startedAt") })
        {
            var property = Map(Spec.Root, "components", "schemas", schema, "properties", field);
            Assert.Equal("string", Scalar(property, "type"));
            Assert.False(property.Children.ContainsKey(new YamlScalarNode("format")), $"{schema}.{field} has a format");
        }
    }

    private static YamlMappingNode Map(YamlMappingNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = (YamlMappingNode)node.Children[new YamlScalarNode(key)];
        }

        return node;
    }

    private static string Scalar(YamlNode node, string key) =>
        ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Value ?? string.Empty;
}
