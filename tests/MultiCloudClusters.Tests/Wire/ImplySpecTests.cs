using MultiCloudClusters.Tests.Specs;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>The Imply spec declares exactly the operations, notes and conventions we rely on.</summary>
public class ImplySpecTests
{
    private static readonly SpecDocument Spec = SpecDocument.Load("imply.yaml");

    [Fact]
    public void Operations_are_exactly_the_expected_ones()
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["GET /clusters"] = "ListClusters",
            ["POST /clusters"] = "CreateCluster",
            ["GET /clusters/{clusterId}"] = "GetCluster",
            ["PATCH /clusters/{clusterId}"] = "UpdateCluster",
            ["PUT /clusters/{clusterId}"] = "OverwriteCluster",
            ["DELETE /clusters/{clusterId}"] = "DeleteCluster",
            ["GET /clusters/{clusterId}/history/{resourceVersion}"] = "GetClusterVersion",
            ["DELETE /clusters/{clusterId}/servers/{instanceId}"] = "ReplaceServer",
        };

        Assert.Equal(expected, Spec.Operations);
    }

    [Fact]
    public void Server_url_carries_the_vanity_domain_and_the_api_prefix()
    {
        var server = (YamlMappingNode)((YamlSequenceNode)Spec.Root["servers"]).Children.Single();
        Assert.Equal("https://{vanity_domain}.implycloud.com/api/v1", Scalar(server["url"]));
        Assert.True(((YamlMappingNode)server["variables"]).Children.ContainsKey(new YamlScalarNode("vanity_domain")));
        Assert.DoesNotContain(Spec.Operations.Keys, k => k.Contains("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public void Security_is_http_bearer_everywhere()
    {
        var scheme = Map(Spec.Root, "components", "securitySchemes", "jwt");
        Assert.Equal("http", Scalar(scheme["type"]));
        Assert.Equal("bearer", Scalar(scheme["scheme"]));
        var security = (YamlSequenceNode)Spec.Root["security"];
        Assert.Contains(security.Children, s => ((YamlMappingNode)s).Children.ContainsKey(new YamlScalarNode("jwt")));
    }

    [Fact]
    public void Patch_body_is_a_free_form_merge_patch()
    {
        var content = Map(Spec.Root, "paths", "/clusters/{clusterId}", "patch", "requestBody", "content");
        Assert.Equal(["application/merge-patch+json"], content.Children.Keys.Select(Scalar));
        var schema = Map(Spec.Root, "components", "schemas", "ClusterMergePatch");
        Assert.Equal("object", Scalar(schema["type"]));
        Assert.Equal("true", Scalar(schema["additionalProperties"]));
        Assert.False(schema.Children.ContainsKey(new YamlScalarNode("properties")));
    }

    [Fact]
    public void Assumptions_are_noted_where_they_apply()
    {
        Assert.Contains("DELETE /clusters/{clusterId}/servers/{instanceId}", Note("paths", "/clusters/{clusterId}/servers/{instanceId}", "delete"), StringComparison.Ordinal);
        Assert.Contains("history", Note("paths", "/clusters/{clusterId}/history/{resourceVersion}", "get"), StringComparison.Ordinal);
        Assert.Contains("spec.pivot.accessMode", Note("paths", "/clusters/{clusterId}", "put"), StringComparison.Ordinal);
        Assert.Contains("500", Note("paths", "/clusters/{clusterId}", "put"), StringComparison.Ordinal);
        Assert.Contains("500", Note("components", "schemas", "PivotAccess"), StringComparison.Ordinal);
        Assert.NotEmpty(Note("components", "schemas", "ClusterStatus"));
        Assert.Contains("202", Note("paths", "/clusters", "post"), StringComparison.Ordinal);
        Assert.Contains("202", Note("paths", "/clusters/{clusterId}", "patch"), StringComparison.Ordinal);
        Assert.Contains("202", Note("paths", "/clusters/{clusterId}", "delete"), StringComparison.Ordinal);
        Assert.True(Spec.Assumptions.Count() >= 8);
    }

    [Theory]
    [InlineData("/clusters", "post", "200,202")]
    [InlineData("/clusters/{clusterId}", "patch", "200,202")]
    [InlineData("/clusters/{clusterId}", "put", "200,202")]
    [InlineData("/clusters/{clusterId}", "delete", "200,202,204")]
    public void Every_documented_success_status_is_accepted(string path, string method, string statuses)
    {
        var responses = Map(Spec.Root, "paths", path, method, "responses");
        var success = responses.Children.Keys.Select(Scalar).Where(code => code.StartsWith('2'));
        Assert.Equal(statuses, string.Join(",", success.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Runtime_properties_are_name_value_lists()
    {
        var runtime = Walk(Map(Spec.Root, "components", "schemas")).OfType<YamlMappingNode>()
            .SelectMany(m => m.Children)
            .Where(kv => Scalar(kv.Key).EndsWith("RuntimeProperties", StringComparison.Ordinal))
            .Select(kv => Scalar(((YamlMappingNode)kv.Value)["items"]["$ref"]))
            .ToList();
        Assert.Equal(9, runtime.Count);
        Assert.All(runtime, r => Assert.Equal("#/components/schemas/NameValue", r));
        Assert.Equal("string", Scalar(Map(Spec.Root, "components", "schemas", "ClusterSpec", "properties", "awsKeyPair")["type"]));
    }

    [Fact]
    public void No_enums_so_new_server_values_always_parse()
    {
        var all = Walk(Spec.Root).OfType<YamlMappingNode>().SelectMany(m => m.Children.Keys).Select(Scalar);
        Assert.DoesNotContain("enum", all);
    }

    [Fact]
    public void Status_like_members_are_plain_strings()
    {
        Assert.Equal("string", Scalar(Map(Spec.Root, "components", "schemas", "ClusterSpec", "properties", "desiredState")["type"]));
        Assert.Equal("string", Scalar(Map(Spec.Root, "components", "schemas", "ClusterStatus", "properties", "state")["type"]));
        Assert.Equal("string", Scalar(Map(Spec.Root, "components", "schemas", "Server", "properties", "state")["type"]));
        var version = Map(Spec.Root, "components", "schemas", "ClusterStatus", "properties", "resourceVersion");
        Assert.Equal("integer", Scalar(version["type"]));
        Assert.Equal("0", Scalar(version["minimum"]));
    }

    [Theory]
    [InlineData("/clusters", "post", "dryRun,pretty")]
    [InlineData("/clusters", "get", "pretty")]
    [InlineData("/clusters/{clusterId}", "get", "pretty")]
    [InlineData("/clusters/{clusterId}", "patch", "dryRun,force,pretty")]
    [InlineData("/clusters/{clusterId}", "put", "dryRun,force,pretty")]
    [InlineData("/clusters/{clusterId}", "delete", "")]
    [InlineData("/clusters/{clusterId}/history/{resourceVersion}", "get", "")]
    [InlineData("/clusters/{clusterId}/servers/{instanceId}", "delete", "")]
    public void Query_parameters_are_the_documented_ones(string path, string method, string names)
    {
        var operation = Map(Spec.Root, "paths", path, method);
        var refs = operation.Children.TryGetValue(new YamlScalarNode("parameters"), out var list)
            ? ((YamlSequenceNode)list).Children.Select(p => Scalar(((YamlMappingNode)p)["$ref"])).ToList()
            : [];
        var queryNames = refs.Select(r => Map(Spec.Root, r[2..].Split('/')))
            .Where(p => Scalar(p["in"]) == "query")
            .Select(p => Scalar(p["name"]))
            .Order(StringComparer.Ordinal);
        Assert.Equal(names, string.Join(",", queryNames));
    }

    private static string Note(params string[] path) => Scalar(Map(Spec.Root, path)["x-assumption"]);

    private static YamlMappingNode Map(YamlMappingNode root, params string[] path)
    {
        YamlNode node = root;
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node)[key];
        }

        return (YamlMappingNode)node;
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    private static IEnumerable<YamlNode> Walk(YamlNode node)
    {
        yield return node;
        var children = node switch
        {
            YamlMappingNode m => m.Children.Values,
            YamlSequenceNode s => s.Children,
            _ => (IEnumerable<YamlNode>)[],
        };
        foreach (var descendant in children.SelectMany(Walk))
        {
            yield return descendant;
        }
    }
}
