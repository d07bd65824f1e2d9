using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>Mounts the AME API (<c>specs/ame.yaml</c>) under <c>/ame</c>; its paths carry <c>/api/v1</c> themselves.</summary>
internal static class AmeApi
{
    private const string Org = "/api/v1/orgs/{org}/clusters";
    private const string One = Org + "/{env}/{cluster}";

    public static void Map(IEndpointRouteBuilder app, EmulatorContext emu, AmeEmulatorEndpoint endpoint)
    {
        var state = new AmeState(emu, endpoint);
        if (emu.Options.SeedData) state.Seed();
        var clusters = new AmeClusters(state);
        var pools = new AmeNodePools(state);
        var extras = new AmeExtras(state);
        var oidc = new AmeOidc(state);
        var api = EndpointMapper.Create(app, "/ame", emu, new AmeDialect(endpoint));
        api.MapGet(Org, (HttpContext c, string org) => clusters.List(c, org, null)).Operation("ListOrganisationClusters");
        api.MapGet(Org + "/{env}", (HttpContext c, string org, string env) => clusters.List(c, org, env)).Operation("ListEnvironmentClusters");
        api.MapPost(Org + "/{env}", (HttpContext c, string org, string env) => clusters.Create(c, org, env)).Operation("CreateCluster");
        api.MapGet(One, (HttpContext c, string org, string env, string cluster) => clusters.Get(c, org, env, cluster)).Operation("GetCluster");
        api.MapPatch(One, (HttpContext c, string org, string env, string cluster) => clusters.Update(c, org, env, cluster)).Operation("UpdateCluster");
        api.MapPost(Org + "/{cluster}/move", (HttpContext c, string org, string cluster) => clusters.Move(c, org, cluster)).Operation("MoveCluster");
        api.MapGet(One + "/join-config", (string org, string env, string cluster) => extras.ClusterJoinConfig(org, env, cluster)).Operation("GetClusterJoinConfig");
        api.MapGet(One + "/oidc-config", (string org, string env, string cluster) => oidc.Config(org, env, cluster)).Operation("GetClusterOidcConfig");
        api.MapPost(One + "/prometheus-rules-inheritance", (HttpContext c, string org, string env, string cluster) => extras.PrometheusRules(c, org, env, cluster)).Operation("UpdatePrometheusRulesInheritance");
        api.MapGet(One + "/pools", (string org, string env, string cluster) => pools.List(org, env, cluster)).Operation("ListNodePools");
        api.MapPost(One + "/pools", (HttpContext c, string org, string env, string cluster) => pools.Create(c, org, env, cluster)).Operation("CreateNodePool");
        api.MapPut(One + "/pools/{id}", (HttpContext c, string org, string env, string cluster, string id) => pools.Update(c, org, env, cluster, id)).Operation("UpdateNodePool");
        api.MapDelete(One + "/pools/{id}", (string org, string env, string cluster, string id) => pools.Delete(org, env, cluster, id)).Operation("DeleteNodePool");
        api.MapPost(One + "/pools/{identity}/join-config", (string org, string env, string cluster, string identity) => pools.JoinConfig(org, env, cluster, identity)).Operation("GetNodePoolJoinConfig");
        // Not in the spec: the emulated OIDC issuer the clusters' API servers trust (see AmeOidc).
        api.MapGet("/oidc/{org}/.well-known/openid-configuration", (string org) => oidc.Discovery(org)).Operation("OidcDiscovery", requiresAuth: false);
        api.MapPost("/oidc/{org}/token", (HttpContext c, string org) => oidc.Token(c, org)).Operation("OidcToken", requiresAuth: false);
    }
}
