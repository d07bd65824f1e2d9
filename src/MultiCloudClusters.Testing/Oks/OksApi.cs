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
        var api = EndpointMapper.Create(app, Prefix, emu, new OksDialect(endpoint, new OksTokens(emu)));
        api.MapPost("/projects", Task<EmuResult> (HttpContext c) => projects.Create(c)).Operation("CreateProject");
        api.MapGet("/projects", projects.List).Operation("ListProjects");
        api.MapGet(Project, (string project_id) => projects.Get(project_id)).Operation("GetProject");
        api.MapPatch(Project, (HttpContext c, string project_id) => projects.Update(c, project_id)).Operation("UpdateProject");
        api.MapDelete(Project, (string project_id) => projects.Delete(project_id)).Operation("DeleteProject");
        api.MapGet(Project + "/quotas", (string project_id) => resources.Quotas(project_id)).Operation("GetProjectQuotas");
        api.MapGet(Project + "/snapshots", (string project_id) => resources.Snapshots(project_id)).Operation("GetProjectSnapshots");
        api.MapGet(Project + "/public_ips", (string project_id) => resources.PublicIps(project_id)).Operation("GetProjectPublicIps");
        api.MapGet(Project + "/nets", (string project_id) => resources.Nets(project_id)).Operation("GetProjectNets");
        api.MapGet(Project + "/eim_users", (string project_id) => users.List(project_id)).Operation("GetEimUsers");
        api.MapPost(Project + "/eim_users", (HttpContext c, string project_id) => users.Create(c, project_id)).Operation("CreateEimUser");
        api.MapGet(Project + "/eim_users/types", (string project_id) => users.Types(project_id)).Operation("GetEimUserTypes");
        api.MapDelete(Project + "/eim_users/{user}", (string project_id, string user) => users.Delete(project_id, user)).Operation("DeleteEimUser");
        api.MapPost("/clusters", Task<EmuResult> (HttpContext c) => clusters.Create(c)).Operation("CreateCluster");
        api.MapGet("/clusters", (HttpContext c) => clusters.List(c, byProject: true)).Operation("ListClustersByProjectID");
        api.MapGet("/clusters/all", (HttpContext c) => clusters.List(c, byProject: false)).Operation("ListAllClusters");
        api.MapGet(Cluster, (string cluster_id) => clusters.Get(cluster_id)).Operation("GetCluster");
        api.MapPatch(Cluster, (HttpContext c, string cluster_id) => clusters.Update(c, cluster_id)).Operation("UpdateCluster");
        api.MapDelete(Cluster, (string cluster_id) => clusters.Delete(cluster_id)).Operation("DeleteCluster");
        api.MapPatch(Cluster + "/upgrade", (string cluster_id) => clusters.Upgrade(cluster_id)).Operation("UpgradeCluster");
        api.MapGet(Cluster + "/kubeconfig", (HttpContext c, string cluster_id) => kubeconfig.Get(c, cluster_id, sealedBox: false)).Operation("GetKubeconfig");
        api.MapPost(Cluster + "/kubeconfig", (HttpContext c, string cluster_id) => kubeconfig.Get(c, cluster_id, sealedBox: true)).Operation("GetKubeconfigWithPubkeyNACL");
        api.MapGet("/clusters/limits/kubernetes_versions", () => OksDialect.Answer("Versions", OksCatalog.Strings(OksCatalog.Versions))).Operation("GetKubernetesVersions");
        api.MapGet("/clusters/limits/cp_subregions", () => OksDialect.Answer("CPSubregions", OksCatalog.Strings(OksCatalog.CpSubregions))).Operation("GetCPSubregions");
        api.MapGet("/clusters/limits/control_plane_plans", () => OksDialect.Answer("ControlPlanes", OksCatalog.Strings(OksCatalog.ControlPlanePlans))).Operation("GetControlPlanePlans");
        api.MapGet("/clusters/limits/admission_plugins", (HttpContext c) => OksCatalog.AdmissionPlugins(c.Request.Query["version"])).Operation("GetAdmissionPlugins");
        api.MapGet("/templates/project", () => OksDialect.Answer("Template", OksCatalog.ProjectTemplate(endpoint.Region))).Operation("GetProjectTemplate");
        api.MapGet("/templates/cluster", (HttpContext c) => OksDialect.Answer("Template", OksCatalog.ClusterTemplate(ClientIp(c)))).Operation("GetClusterTemplate");
        api.MapGet("/templates/nodepool", () => OksDialect.Answer("Template", OksCatalog.NodepoolTemplate())).Operation("GetNodepoolTemplate");
        api.MapGet("/templates/netpeeringrequest", () => OksDialect.Answer("Template", OksCatalog.NetPeeringRequestTemplate())).Operation("GetNetPeeringRequestTemplate");
        api.MapGet("/templates/netpeeringacceptance", () => OksDialect.Answer("Template", OksCatalog.NetPeeringAcceptanceTemplate())).Operation("GetNetPeeringAcceptanceTemplate");
        api.MapGet("/quotas", OksProjectResources.AccountQuotas).Operation("GetQuotas");
        api.MapGet("/myip", (HttpContext c) => OksDialect.Answer("IP", new JsonObject { ["x_real_ip"] = ClientIp(c) })).Operation("GetClientIP");
    }

    /// <summary>The caller's address: <c>X-Real-IP</c> when it holds one (as behind OUTSCALE's proxy), else the connection's.</summary>
    private static string ClientIp(HttpContext context)
    {
        if (IPAddress.TryParse(context.Request.Headers["X-Real-IP"].ToString(), out var real)) return real.ToString();
        var remote = context.Connection.RemoteIpAddress ?? IPAddress.Loopback;
        return (remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote).ToString();
    }
}
