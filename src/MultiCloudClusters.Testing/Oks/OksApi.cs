using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>Mounts the OKS API (<c>specs/oks.yaml</c>, every operation) under <c>/oks/api/v2</c>.</summary>
internal static class OksApi
{
    public const string Prefix = "/oks/api/v2";
    private const string Project = "/projects/{project_id}";
    private const string Cluster = "/clusters/{cluster_id}";

    public static void Map(IEndpointRouteBuilder app, EmulatorContext emu, OksEmulatorEndpoint endpoint)
    {
        var state = new OksState(emu, endpoint);
        if (emu.Options.SeedData) state.Seed();
        var projects = new OksProjects(state);
        var resources = new OksProjectResources(state);
        var users = new OksEimUsers(state);
        var clusters = new OksClusters(state);
        var kubeconfig = new OksKubeconfig(state);
        EndpointMapper.Create(app, Prefix, emu, new OksDialect(endpoint, new OksTokens(emu)))
            .Map("POST", "/projects", "CreateProject", projects.Create)
            .Map("GET", "/projects", "ListProjects", projects.List)
            .Map("GET", Project, "GetProject", (string project_id) => projects.Get(project_id))
            .Map("PATCH", Project, "UpdateProject", (HttpContext c, string project_id) => projects.Update(c, project_id))
            .Map("DELETE", Project, "DeleteProject", (string project_id) => projects.Delete(project_id))
            .Map("GET", Project + "/quotas", "GetProjectQuotas", (string project_id) => resources.Quotas(project_id))
            .Map("GET", Project + "/snapshots", "GetProjectSnapshots", (string project_id) => resources.Snapshots(project_id))
            .Map("GET", Project + "/public_ips", "GetProjectPublicIps", (string project_id) => resources.PublicIps(project_id))
            .Map("GET", Project + "/nets", "GetProjectNets", (string project_id) => resources.Nets(project_id))
            .Map("GET", Project + "/eim_users", "GetEimUsers", (string project_id) => users.List(project_id))
            .Map("POST", Project + "/eim_users", "CreateEimUser", (HttpContext c, string project_id) => users.Create(c, project_id))
            .Map("GET", Project + "/eim_users/types", "GetEimUserTypes", (string project_id) => users.Types(project_id))
            .Map("DELETE", Project + "/eim_users/{user}", "DeleteEimUser", (string project_id, string user) => users.Delete(project_id, user))
            .Map("POST", "/clusters", "CreateCluster", clusters.Create)
            .Map("GET", "/clusters", "ListClustersByProjectID", (HttpContext c) => clusters.List(c, byProject: true))
            .Map("GET", "/clusters/all", "ListAllClusters", (HttpContext c) => clusters.List(c, byProject: false))
            .Map("GET", Cluster, "GetCluster", (string cluster_id) => clusters.Get(cluster_id))
            .Map("PATCH", Cluster, "UpdateCluster", (HttpContext c, string cluster_id) => clusters.Update(c, cluster_id))
            .Map("DELETE", Cluster, "DeleteCluster", (string cluster_id) => clusters.Delete(cluster_id))
            .Map("PATCH", Cluster + "/upgrade", "UpgradeCluster", (string cluster_id) => clusters.Upgrade(cluster_id))
            .Map("GET", Cluster + "/kubeconfig", "GetKubeconfig", (HttpContext c, string cluster_id) => kubeconfig.Get(c, cluster_id, sealedBox: false))
            .Map("POST", Cluster + "/kubeconfig", "GetKubeconfigWithPubkeyNACL", (HttpContext c, string cluster_id) => kubeconfig.Get(c, cluster_id, sealedBox: true))
            .Map("GET", "/clusters/limits/kubernetes_versions", "GetKubernetesVersions", () => OksDialect.Answer("Versions", OksCatalog.Strings(OksCatalog.Versions)))
            .Map("GET", "/clusters/limits/cp_subregions", "GetCPSubregions", () => OksDialect.Answer("CPSubregions", OksCatalog.Strings(OksCatalog.CpSubregions)))
            .Map("GET", "/clusters/limits/control_plane_plans", "GetControlPlanePlans", () => OksDialect.Answer("ControlPlanes", OksCatalog.Strings(OksCatalog.ControlPlanePlans)))
            .Map("GET", "/clusters/limits/admission_plugins", "GetAdmissionPlugins", (HttpContext c) => OksCatalog.AdmissionPlugins(c.Request.Query["version"]))
            .Map("GET", "/templates/project", "GetProjectTemplate", () => OksDialect.Answer("Template", OksCatalog.ProjectTemplate(endpoint.Region)))
            .Map("GET", "/templates/cluster", "GetClusterTemplate", (HttpContext c) => OksDialect.Answer("Template", OksCatalog.ClusterTemplate(ClientIp(c))))
            .Map("GET", "/templates/nodepool", "GetNodepoolTemplate", () => OksDialect.Answer("Template", OksCatalog.NodepoolTemplate()))
            .Map("GET", "/templates/netpeeringrequest", "GetNetPeeringRequestTemplate", () => OksDialect.Answer("Template", OksCatalog.NetPeeringRequestTemplate()))
            .Map("GET", "/templates/netpeeringacceptance", "GetNetPeeringAcceptanceTemplate", () => OksDialect.Answer("Template", OksCatalog.NetPeeringAcceptanceTemplate()))
            .Map("GET", "/quotas", "GetQuotas", OksProjectResources.AccountQuotas)
            .Map("GET", "/myip", "GetClientIP", (HttpContext c) => OksDialect.Answer("IP", new JsonObject { ["x_real_ip"] = ClientIp(c) }));
    }

    /// <summary>The caller's address: <c>X-Real-IP</c> when it holds one (as behind OUTSCALE's proxy), else the connection's.</summary>
    private static string ClientIp(HttpContext context)
    {
        if (IPAddress.TryParse(context.Request.Headers["X-Real-IP"].ToString(), out var real)) return real.ToString();
        var remote = context.Connection.RemoteIpAddress ?? IPAddress.Loopback;
        return (remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote).ToString();
    }
}
