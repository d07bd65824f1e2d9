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
        EndpointMapper.Create(app, "/ame", emu, new AmeDialect(endpoint))
            .Map("GET", Org, "ListOrganisationClusters", (HttpContext c, string org) => clusters.List(c, org, null))
            .Map("GET", Org + "/{env}", "ListEnvironmentClusters", (HttpContext c, string org, string env) => clusters.List(c, org, env))
            .Map("POST", Org + "/{env}", "CreateCluster", (HttpContext c, string org, string env) => clusters.Create(c, org, env))
            .Map("GET", One, "GetCluster", (HttpContext c, string org, string env, string cluster) => clusters.Get(c, org, env, cluster))
            .Map("PATCH", One, "UpdateCluster", (HttpContext c, string org, string env, string cluster) => clusters.Update(c, org, env, cluster))
            .Map("POST", Org + "/{cluster}/move", "MoveCluster", (HttpContext c, string org, string cluster) => clusters.Move(c, org, cluster))
            .Map("GET", One + "/join-config", "GetClusterJoinConfig", (string org, string env, string cluster) => extras.ClusterJoinConfig(org, env, cluster))
            .Map("GET", One + "/oidc-config", "GetClusterOidcConfig", (string org, string env, string cluster) => oidc.Config(org, env, cluster))
            .Map("POST", One + "/prometheus-rules-inheritance", "UpdatePrometheusRulesInheritance", (HttpContext c, string org, string env, string cluster) => extras.PrometheusRules(c, org, env, cluster))
            .Map("GET", One + "/pools", "ListNodePools", (string org, string env, string cluster) => pools.List(org, env, cluster))
            .Map("POST", One + "/pools", "CreateNodePool", (HttpContext c, string org, string env, string cluster) => pools.Create(c, org, env, cluster))
            .Map("PUT", One + "/pools/{id}", "UpdateNodePool", (HttpContext c, string org, string env, string cluster, string id) => pools.Update(c, org, env, cluster, id))
            .Map("DELETE", One + "/pools/{id}", "DeleteNodePool", (string org, string env, string cluster, string id) => pools.Delete(org, env, cluster, id))
            .Map("POST", One + "/pools/{identity}/join-config", "GetNodePoolJoinConfig", (string org, string env, string cluster, string identity) => pools.JoinConfig(org, env, cluster, identity))
            // Not in the spec: the emulated OIDC issuer the clusters' API servers trust (see AmeOidc).
            .Map("GET", "/oidc/{org}/.well-known/openid-configuration", "OidcDiscovery", (string org) => oidc.Discovery(org), requiresAuth: false)
            .Map("POST", "/oidc/{org}/token", "OidcToken", (HttpContext c, string org) => oidc.Token(c, org), requiresAuth: false);
    }
}
