using MultiCloudClusters.Tests.Specs;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>The OKS spec itself: its operations, servers, security, constraints and assumption notes.</summary>
public class OksSpecTests
{
    private static readonly SpecDocument Spec = SpecDocument.Load("oks.yaml");

    private static YamlNode Node(params string[] keys)
    {
        YamlNode node = Spec.Root;
        foreach (var key in keys)
        {
            node = node switch
            {
                YamlMappingNode map => map.Children[new YamlScalarNode(key)],
                YamlSequenceNode seq => seq.Children[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)],
                _ => throw new KeyNotFoundException(key),
            };
        }

        return node;
    }

    private static string Scalar(params string[] keys) => ((YamlScalarNode)Node(keys)).Value!;

    private static bool Has(YamlNode node, string key) => node is YamlMappingNode m && m.Children.ContainsKey(new YamlScalarNode(key));

    [Fact]
    public void Operations_are_exactly_the_33_of_the_OKS_API()
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["POST /projects"] = "CreateProject",
            ["GET /projects"] = "ListProjects",
            ["GET /projects/{project_id}"] = "GetProject",
            ["PATCH /projects/{project_id}"] = "UpdateProject",
            ["DELETE /projects/{project_id}"] = "DeleteProject",
            ["GET /projects/{project_id}/quotas"] = "GetProjectQuotas",
            ["GET /projects/{project_id}/snapshots"] = "GetProjectSnapshots",
            ["GET /projects/{project_id}/public_ips"] = "GetProjectPublicIps",
            ["GET /projects/{project_id}/nets"] = "GetProjectNets",
            ["GET /projects/{project_id}/eim_users"] = "GetEimUsers",
            ["POST /projects/{project_id}/eim_users"] = "CreateEimUser",
            ["GET /projects/{project_id}/eim_users/types"] = "GetEimUserTypes",
            ["DELETE /projects/{project_id}/eim_users/{user}"] = "DeleteEimUser",
            ["POST /clusters"] = "CreateCluster",
            ["GET /clusters"] = "ListClustersByProjectID",
            ["GET /clusters/all"] = "ListAllClusters",
            ["GET /clusters/{cluster_id}"] = "GetCluster",
            ["PATCH /clusters/{cluster_id}"] = "UpdateCluster",
            ["DELETE /clusters/{cluster_id}"] = "DeleteCluster",
            ["GET /clusters/{cluster_id}/kubeconfig"] = "GetKubeconfig",
            ["POST /clusters/{cluster_id}/kubeconfig"] = "GetKubeconfigWithPubkeyNACL",
            ["PATCH /clusters/{cluster_id}/upgrade"] = "UpgradeCluster",
            ["GET /clusters/limits/kubernetes_versions"] = "GetKubernetesVersions",
            ["GET /clusters/limits/cp_subregions"] = "GetCPSubregions",
            ["GET /clusters/limits/control_plane_plans"] = "GetControlPlanePlans",
            ["GET /clusters/limits/admission_plugins"] = "GetAdmissionPlugins",
            ["GET /templates/project"] = "GetProjectTemplate",
            ["GET /templates/cluster"] = "GetClusterTemplate",
            ["GET /templates/nodepool"] = "GetNodepoolTemplate",
            ["GET /templates/netpeeringrequest"] = "GetNetPeeringRequestTemplate",
            ["GET /templates/netpeeringacceptance"] = "GetNetPeeringAcceptanceTemplate",
            ["GET /quotas"] = "GetQuotas",
            ["GET /myip"] = "GetClientIP",
        };

        Assert.Equal(33, expected.Count);
        Assert.Equal(expected, Spec.Operations);
    }

    [Fact]
    public void Servers_carry_the_api_v2_prefix_for_both_regions()
    {
        var urls = ((YamlSequenceNode)Node("servers")).Children.Select(s => ((YamlScalarNode)((YamlMappingNode)s).Children[new YamlScalarNode("url")]).Value).ToList();
        Assert.Equal(["https://api.eu-west-2.oks.outscale.com/api/v2", "https://api.cloudgouv-eu-west-1.oks.outscale.com/api/v2"], urls);
        Assert.All(Spec.Operations.Keys, op => Assert.DoesNotContain("/api/v2", op, StringComparison.Ordinal));
    }

    [Fact]
    public void Security_schemes_are_the_documented_headers_and_basic()
    {
        Assert.Equal("basic", Scalar("components", "securitySchemes", "Basic", "scheme"));
        foreach (var (scheme, header) in new[] { ("AccessKey", "AccessKey"), ("SecretKey", "SecretKey"), ("AccessToken", "AccessToken"), ("RefreshToken", "RefreshToken"), ("OtpCode", "X-OTP-Code") })
        {
            Assert.Equal("apiKey", Scalar("components", "securitySchemes", scheme, "type"));
            Assert.Equal("header", Scalar("components", "securitySchemes", scheme, "in"));
            Assert.Equal(header, Scalar("components", "securitySchemes", scheme, "name"));
        }

        var alternatives = ((YamlSequenceNode)Node("security")).Children
            .Select(r => string.Join("+", ((YamlMappingNode)r).Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order(StringComparer.Ordinal)))
            .ToList();
        Assert.Equal(["Basic", "Basic+OtpCode", "AccessKey+SecretKey", "AccessKey+OtpCode+SecretKey", "AccessToken+RefreshToken"], alternatives);
    }

    [Fact]
    public void Names_carry_length_and_pattern_constraints()
    {
        foreach (var schema in new[] { "ClusterCreateRequest", "ProjectCreateRequest" })
        {
            Assert.Equal("1", Scalar("components", "schemas", schema, "properties", "name", "minLength"));
            Assert.Equal("40", Scalar("components", "schemas", schema, "properties", "name", "maxLength"));
            Assert.Equal("^[a-z][a-z0-9-]*[a-z0-9]$", Scalar("components", "schemas", schema, "properties", "name", "pattern"));
        }

        Assert.Equal("1", Scalar("components", "parameters", "Limit", "schema", "minimum"));
        Assert.Equal("100", Scalar("components", "parameters", "Limit", "schema", "maximum"));
        Assert.Equal("x-encrypt-nacl", Scalar("components", "parameters", "XEncryptNacl", "name"));
        Assert.Equal("44", Scalar("components", "parameters", "XEncryptNacl", "schema", "maxLength"));
    }

    [Fact]
    public void No_enums_anywhere_so_new_server_values_parse()
    {
        static IEnumerable<YamlNode> Walk(YamlNode n) => n switch
        {
            YamlMappingNode m => new[] { n }.Concat(m.Children.Values.SelectMany(Walk)),
            YamlSequenceNode s => new[] { n }.Concat(s.Children.SelectMany(Walk)),
            _ => [n],
        };
        Assert.DoesNotContain(Walk(Spec.Root), n => Has(n, "enum"));
        Assert.Equal("string", Scalar("components", "schemas", "Project", "properties", "status", "type"));
        Assert.Equal("string", Scalar("components", "schemas", "ClusterStatuses", "properties", "status", "type"));
    }

    [Fact]
    public void Error_details_are_free_form_and_every_error_response_uses_ErrorResponse()
    {
        var details = (YamlMappingNode)Node("components", "schemas", "ErrorItem", "properties", "Details");
        Assert.False(Has(details, "type"));
        Assert.True(Has(Node("components", "schemas", "ErrorResponse", "properties"), "detail"));
        foreach (var (_, response) in ((YamlMappingNode)Node("components", "responses")).Children)
        {
            Assert.Equal("#/components/schemas/ErrorResponse", ((YamlScalarNode)((YamlMappingNode)response)["content"]["application/json"]["schema"]["$ref"]).Value);
        }
    }

    [Fact]
    public void Assumptions_are_noted_where_they_apply()
    {
        Assert.Contains("first", Scalar("x-assumption"), StringComparison.Ordinal);
        Assert.Contains("sealed box", Scalar("paths", "/clusters/{cluster_id}/kubeconfig", "post", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("sealed box", Scalar("paths", "/projects/{project_id}/eim_users", "post", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("Access-Token", Scalar("components", "securitySchemes", "AccessToken", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("Retry-After", Scalar("components", "responses", "Locked", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("Retry-After", Scalar("components", "responses", "ServiceUnavailable", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("HTTPValidationError", Scalar("components", "schemas", "ErrorResponse", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("free-form", Scalar("components", "schemas", "ErrorItem", "properties", "Details", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("plain string", Scalar("components", "schemas", "Project", "properties", "status", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("plain string", Scalar("components", "schemas", "ClusterStatuses", "properties", "status", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("merged", Scalar("components", "schemas", "EimUserCreateResponse", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("older", Scalar("components", "schemas", "Cluster", "properties", "description", "x-assumption"), StringComparison.Ordinal);
        Assert.Contains("older", Scalar("components", "schemas", "ClusterTemplate", "x-assumption"), StringComparison.Ordinal);
        Assert.Equal(13, Spec.Assumptions.Count());
    }
}
