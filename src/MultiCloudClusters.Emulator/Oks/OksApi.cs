using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>Mounts the OKS API (<c>specs/oks.yaml</c>) under <c>/oks/api/v2</c>.</summary>
internal static class OksApi
{
    public const string Prefix = "/oks/api/v2";

    public static void Map(IEndpointRouteBuilder app, EmulatorContext emu, OksEmulatorEndpoint endpoint)
    {
        var state = new OksState(emu, endpoint);
        if (emu.Options.SeedData) state.Seed();
        var projects = new OksProjects(state);
        var clusters = new OksClusters(state);
        var kubeconfig = new OksKubeconfig(state);
        EndpointMapper.Create(app, Prefix, emu, new OksDialect(endpoint))
            .Map("POST", "/projects", "CreateProject", projects.Create)
            .Map("GET", "/projects", "ListProjects", projects.List)
            .Map("GET", "/projects/{project_id}", "GetProject", (string project_id) => projects.Get(project_id))
            .Map("PATCH", "/projects/{project_id}", "UpdateProject", (HttpContext c, string project_id) => projects.Update(c, project_id))
            .Map("DELETE", "/projects/{project_id}", "DeleteProject", (string project_id) => projects.Delete(project_id))
            .Map("POST", "/clusters", "CreateCluster", clusters.Create)
            .Map("GET", "/clusters", "ListClustersByProjectID", (HttpContext c) => clusters.List(c, byProject: true))
            .Map("GET", "/clusters/all", "ListAllClusters", (HttpContext c) => clusters.List(c, byProject: false))
            .Map("GET", "/clusters/{cluster_id}", "GetCluster", (string cluster_id) => clusters.Get(cluster_id))
            .Map("PATCH", "/clusters/{cluster_id}", "UpdateCluster", (HttpContext c, string cluster_id) => clusters.Update(c, cluster_id))
            .Map("DELETE", "/clusters/{cluster_id}", "DeleteCluster", (string cluster_id) => clusters.Delete(cluster_id))
            .Map("PATCH", "/clusters/{cluster_id}/upgrade", "UpgradeCluster", (string cluster_id) => clusters.Upgrade(cluster_id))
            .Map("GET", "/clusters/{cluster_id}/kubeconfig", "GetKubeconfig", (HttpContext c, string cluster_id) => kubeconfig.Get(c, cluster_id, sealedBox: false))
            .Map("POST", "/clusters/{cluster_id}/kubeconfig", "GetKubeconfigWithPubkeyNACL", (HttpContext c, string cluster_id) => kubeconfig.Get(c, cluster_id, sealedBox: true))
            .Map("GET", "/clusters/limits/kubernetes_versions", "GetKubernetesVersions", () => List("Versions", OksState.Versions))
            .Map("GET", "/clusters/limits/cp_subregions", "GetCPSubregions", () => List("CPSubregions", ["2a", "2b", "2c"]))
            .Map("GET", "/clusters/limits/control_plane_plans", "GetControlPlanePlans", () => List("ControlPlanes", ["cp.mono.master", "cp.3.masters.small", "cp.3.masters.medium", "cp.3.masters.large"]))
            .Map("GET", "/templates/project", "GetProjectTemplate", () => Template(new JsonObject { ["name"] = "my-project", ["cidr"] = "10.50.0.0/18", ["region"] = endpoint.Region, ["tags"] = new JsonObject() }))
            .Map("GET", "/templates/cluster", "GetClusterTemplate", () => Template(ClusterTemplate()))
            .Map("GET", "/quotas", "GetQuotas", () => EmuResult.Ok(new JsonObject
            {
                ["ResponseContext"] = OksDialect.Context(),
                ["Quotas"] = new JsonObject { ["Projects"] = 10, ["ClustersPerProject"] = 10, ["KubeVersions"] = new JsonArray([.. OksState.Versions.Select(v => (JsonNode)v)]), ["CPSubregions"] = new JsonArray("2a", "2b", "2c") },
            }));
    }

    private static EmuResult List(string key, string[] values) =>
        EmuResult.Ok(new JsonObject { ["ResponseContext"] = OksDialect.Context(), [key] = new JsonArray([.. values.Select(v => (JsonNode)v)]) });

    private static EmuResult Template(JsonObject template) =>
        EmuResult.Ok(new JsonObject { ["ResponseContext"] = OksDialect.Context(), ["Template"] = template });

    private static JsonObject ClusterTemplate() => new()
    {
        ["project_id"] = "",
        ["version"] = "1.31",
        ["cp_subregions"] = new JsonArray("2a"),
        ["admin_lbu"] = false,
        ["cidr_pods"] = "10.91.0.0/16",
        ["cidr_service"] = "10.92.0.0/16",
        ["cluster_dns"] = "10.92.0.10",
        ["tags"] = new JsonObject(),
        ["control_planes"] = "cp.3.masters.small",
        ["admin_whitelist"] = new JsonArray("127.0.0.1/32"),
        ["disable_api_termination"] = false,
    };
}
