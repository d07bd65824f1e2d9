using System.Globalization;
using System.Text;

namespace MultiCloudClusters.Benchmarks.Server;

/// <summary>
/// Fixed response bodies shaped like our specs (<c>specs/oks.yaml</c>, <c>eks.yaml</c>, <c>lakesail.yaml</c>,
/// <c>ame.yaml</c>, <c>imply.yaml</c>). Built once; the server only copies bytes.
/// </summary>
internal static class Payloads
{
    public const string OksClusterId = "0b9a7f2e-4a41-4b6f-9f51-3c1f3e0a7d11";
    public const string EksClusterName = "bench-eks";
    public const int PageSize = 100;

    /// <summary>One OKS cluster object (about 1.9 KB).</summary>
    public static string OksCluster(int n) => $$$$"""
        {"project_id":"5d3c8a0e-7b1f-4c2a-9e6d-2f4b8c1a9e30","id":"{{{{(n == 0 ? OksClusterId : Guid(n))}}}}","name":"bench-cluster-{{{{n}}}}","description":null,
        "cp_multi_az":true,"cp_subregions":["2a","2b","2c"],"version":"1.32","expected_version":null,"cni":"cilium","admin_lbu":false,
        "admission_flags":{"disable_admission_plugins":["AlwaysPullImages"],"enable_admission_plugins":["NodeRestriction","PodSecurity","ResourceQuota"],
        "applied_admission_plugins":["NamespaceLifecycle","LimitRanger","ServiceAccount","NodeRestriction","PodSecurity","ResourceQuota","DefaultStorageClass","MutatingAdmissionWebhook","ValidatingAdmissionWebhook"]},
        "cidr_pods":"10.91.0.0/16","cidr_service":"10.92.0.0/16","cluster_dns":"10.92.0.10",
        "tags":{"env":"benchmark","team":"platform","cost-center":"cc-1234","owner":"someone@example.com","app":"multicloudclusters","tier":"gold"},
        "auto_maintenances":{"minor_upgrade_maintenance":{"enabled":true,"duration_hours":2,"start_hour":12,"week_day":"Tue","tz":"UTC"},
        "patch_upgrade_maintenance":{"enabled":true,"duration_hours":1,"start_hour":3,"week_day":"Sun","tz":"Europe/Paris"}},
        "maintenance_window":{"duration_hours":2,"start_hour":12,"week_day":"Tue","tz":"UTC"},
        "control_planes":"cp.3.masters.small","expected_control_planes":null,
        "admin_whitelist":["203.0.113.0/24","198.51.100.0/24","192.0.2.10/32","192.0.2.11/32","192.0.2.12/32","100.64.0.0/10"],
        "statuses":{"created_at":"2025-01-15T10:21:33.123Z","deleted_at":null,"updated_at":"2025-02-01T08:00:00Z","status":"ready","available_upgrade":"1.33"},
        "disable_api_termination":false,
        "auth":{"oidc":{"issuer-url":"https://login.example.com/realms/bench","client-id":"kubernetes","username-claim":"email","username-prefix":"oidc:",
        "groups-claim":["groups","roles"],"groups-prefix":"oidc:","required-claim":{"aud":"kubernetes","email_verified":true
        """.ReplaceLineEndings("") + "}}}}";

    /// <summary><c>{ResponseContext, Cluster}</c> for GET clusters/{id}.</summary>
    public static readonly byte[] OksClusterEnvelope = Utf8($$$"""{"ResponseContext":{"RequestId":"8c1d6b4e-2f0a-4e8b-a1c7-5d9e3f2b7a64"},"Cluster":{{{OksCluster(0)}}}}""");

    /// <summary>ListAllClusters answer for the inventory: 10 clusters, no pagination.</summary>
    public static readonly byte[] OksClusterList = Utf8(
        $$$"""{"ResponseContext":{"RequestId":"r"},"Clusters":[{{{string.Join(",", Enumerable.Range(1, 10).Select(OksCluster))}}}]}""");

    /// <summary>The OKS project the cursor-paged list asks for (<c>GET clusters?project_id=…</c>).</summary>
    public const string OksProjectId = "5d3c8a0e-7b1f-4c2a-9e6d-2f4b8c1a9e30";

    /// <summary>An OKS cursor page without its pagination: <c>{"ResponseContext":…,"Clusters":[…100…],"Pagination":{"cursor":{"next_cursor":</c>.</summary>
    public static readonly byte[] OksPagePrefix = Utf8(
        $$$"""{"ResponseContext":{"RequestId":"r"},"Clusters":[{{{string.Join(",", Enumerable.Range(1, PageSize).Select(OksCluster))}}}],"Pagination":{"cursor":{"next_cursor":""");

    /// <summary>A 16 KB kubeconfig YAML.</summary>
    public static readonly string Kubeconfig = BuildKubeconfig(16 * 1024);

    public static readonly byte[] KubeconfigBytes = Encoding.UTF8.GetBytes(Kubeconfig);

    /// <summary>Plain kubeconfig envelope (GET clusters/{id}/kubeconfig).</summary>
    public static readonly byte[] OksKubeconfigPlain = KubeconfigEnvelope(System.Text.Json.JsonEncodedText.Encode(Kubeconfig).ToString());

    public static byte[] KubeconfigEnvelope(string jsonEscapedKubeconfig) =>
        Utf8("{\"ResponseContext\":{\"RequestId\":\"r\"},\"Cluster\":{\"request_id\":\"r\",\"data\":{\"name\":\"bench-cluster\",\"kubeconfig\":\"" + jsonEscapedKubeconfig + "\"}}}");

    /// <summary>One EKS cluster (about 2 KB).</summary>
    public static string EksCluster(string name) => $$$"""
        {"name":"{{{name}}}","arn":"arn:aws:eks:eu-west-1:123456789012:cluster/{{{name}}}","createdAt":1736936493.123,"version":"1.31",
        "endpoint":"https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com","roleArn":"arn:aws:iam::123456789012:role/eks-cluster-role",
        "resourcesVpcConfig":{"subnetIds":["subnet-0a1b2c3d4e5f60001","subnet-0a1b2c3d4e5f60002","subnet-0a1b2c3d4e5f60003"],
        "securityGroupIds":["sg-0a1b2c3d4e5f60001"],"clusterSecurityGroupId":"sg-0a1b2c3d4e5f60099","vpcId":"vpc-0a1b2c3d4e5f60001",
        "endpointPublicAccess":true,"endpointPrivateAccess":true,"publicAccessCidrs":["203.0.113.0/24","198.51.100.0/24"]},
        "kubernetesNetworkConfig":{"serviceIpv4Cidr":"172.20.0.0/16","ipFamily":"ipv4"},
        "logging":{"clusterLogging":[{"types":["api","audit","authenticator"],"enabled":true},{"types":["controllerManager","scheduler"],"enabled":false}]},
        "identity":{"oidc":{"issuer":"https://oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF"}},
        "status":"ACTIVE",
        "certificateAuthority":{"data":"{{{new string('Q', 800)}}}"},
        "clientRequestToken":"7a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8","platformVersion":"eks.5",
        "tags":{"env":"benchmark","team":"platform","cost-center":"cc-1234","owner":"someone@example.com"},
        "deletionProtection":false}
        """.ReplaceLineEndings("");

    public static readonly byte[] EksDescribe = Utf8($$$"""{"cluster":{{{EksCluster(EksClusterName)}}}}""");

    /// <summary>ListClusters for the inventory: four names (the provider then describes each, four at a time).</summary>
    public static readonly byte[] EksList = Utf8("""{"clusters":["bench-eks","bench-eks-2","bench-eks-3","bench-eks-4"],"nextToken":null}""");

    /// <summary>One LakeSail connection (about 560 bytes).</summary>
    public static string LakeSailConnection(int n) => $$$"""
        {"id":"conn-{{{n:D6}}}","name":"aws-account-{{{n}}}","provider":"aws",
        "providerConfig":{"accountId":"123456789012","region":"eu-west-1","roleArn":"arn:aws:iam::123456789012:role/lakesail-{{{n}}}",
        "externalIdSecretArn":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:ext-{{{n}}}","stackArn":"arn:aws:cloudformation:eu-west-1:123456789012:stack/lakesail/{{{n}}}"},
        "status":"active","statusMessage":"Connection verified","lastUsedAt":"2025-02-01T08:00:00Z","templateSyncedAt":"2025-01-20T08:00:00Z",
        "templateSyncMessage":"up to date","createdAt":"2025-01-15T10:21:33Z","createdBy":"member-1","updatedAt":"2025-01-20T08:00:00Z","updatedBy":"member-2"}
        """.ReplaceLineEndings("");

    /// <summary>A LakeSail page without its marker: <c>{"items":[…100…],"included":{"operations":[]},"marker":</c>.</summary>
    public static readonly byte[] LakeSailPagePrefix = Utf8(
        $$$"""{"items":[{{{string.Join(",", Enumerable.Range(0, PageSize).Select(LakeSailConnection))}}}],"included":{"operations":[]},"marker":""");

    /// <summary>One AME cluster (about 900 bytes).</summary>
    public static string AmeCluster(int n) => $$$"""
        {"identity":"{{{Guid(n)}}}","name":"AME cluster {{{n}}}","slug":"cluster-{{{n}}}","description":"benchmark cluster",
        "customerIdentity":"6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f","customerSlug":"bench","environmentIdentity":"7a1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        "environmentSlug":"production","cloudProvider":"aws",
        "cloudAccount":{"identity":"8b1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f","displayName":"main account"},
        "region":"eu-west-1","version":"v1.31.4-u-ame.2","updateChannel":{"name":"v1.31","available":true,"kubernetesClusterVersion":"v1.31.4"},
        "status":"running","desiredStatus":"running","provisionStatus":"DONE",
        "actualState":{"status":"running","version":"v1.31.4","collectedAt":"2025-02-01T08:00:00Z"},
        "cni":"cilium","podSecurityStandardsProfile":"baseline","clusterPodSubnet":"10.0.0.0/16","serviceSubnet":"10.96.0.0/12",
        "autoUpgrade":true,"highlyAvailable":true,"enableMultiAvailabilityZones":true,"enableNATGateway":false,"enableNetworkEncryption":true,
        "ameOIDC":true,"deleteProtection":false,"environmentPrometheusRules":true,
        "createdAt":"2025-01-15T10:21:33Z","modifiedAt":"2025-02-01T08:00:00Z","deletedAt":null}
        """.ReplaceLineEndings("");

    /// <summary>An AME page's items: <c>{"content":[…100…],</c>; the server appends number/last/….</summary>
    public static readonly byte[] AmePagePrefix = Utf8($$$"""{"content":[{{{string.Join(",", Enumerable.Range(0, PageSize).Select(AmeCluster))}}}],""");

    /// <summary>The "slow" AME organisation's single page of 10 clusters for the inventory.</summary>
    public static readonly byte[] AmeInventoryPage = Utf8(
        $$$"""{"content":[{{{string.Join(",", Enumerable.Range(0, 10).Select(AmeCluster))}}}],"empty":false,"first":true,"last":true,"number":0,"numberOfElements":10,"size":10,"totalElements":10,"totalPages":1}""");

    /// <summary>Imply ListClusters for the inventory: 10 clusters in one array.</summary>
    public static readonly byte[] ImplyList = Utf8("[" + string.Join(",", Enumerable.Range(0, 10).Select(n =>
        $$$"""{"metadata":{"name":"imply-{{{n}}}","uid":"{{{Guid(n)}}}"},"spec":{"version":"2025.01","desiredState":"RUNNING"},"status":{"state":"RUNNING"}}""")) + "]");

    public static string Guid(int n) => $"00000000-0000-4000-8000-{n.ToString("D12", CultureInfo.InvariantCulture)}";

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);

    private static string BuildKubeconfig(int size)
    {
        var builder = new StringBuilder(size + 256);
        builder.Append("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://bench-cluster.eu-west-2.oks.outscale.com:6443\n    certificate-authority-data: ");
        var filler = new StringBuilder();
        while (builder.Length + filler.Length < size - 400)
        {
            filler.Append("TUlJQ0FEQ0NBZWlnQXdJQkFnSUJBREFOQmdrcWhraUc5dzBCQVFzRkFEQVZNUk13RVFZRFZRUURFd3ByZFdKbA");
        }

        builder.Append(filler, 0, Math.Max(0, size - 400 - builder.Length));
        builder.Append("\n  name: bench-cluster\ncontexts:\n- context:\n    cluster: bench-cluster\n    user: admin\n  name: admin@bench-cluster\ncurrent-context: admin@bench-cluster\nusers:\n- name: admin\n  user:\n    token: ");
        builder.Append(new string('x', size - builder.Length - 1));
        builder.Append('\n');
        return builder.ToString();
    }
}
