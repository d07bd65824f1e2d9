using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Imply;

/// <summary>Mounts the Imply API (<c>specs/imply.yaml</c>) under <c>/imply/api/v1</c> and its token endpoint at <c>/imply/oauth/token</c>.</summary>
internal static class ImplyApi
{
    public static void Map(IEndpointRouteBuilder app, EmulatorContext emu, ImplyEmulatorEndpoint endpoint)
    {
        var tokens = new ImplyTokens(emu, endpoint);
        var dialect = new ImplyDialect(endpoint, tokens);
        var clusters = new ImplyClusters(emu);
        if (emu.Options.SeedData) clusters.Seed();
        EndpointMapper.Create(app, "/imply/oauth", emu, dialect).Map("POST", "/token", "Token", tokens.Issue, requiresAuth: false);
        EndpointMapper.Create(app, "/imply/api/v1", emu, dialect)
            .Map("GET", "/clusters", "ListClusters", clusters.List)
            .Map("POST", "/clusters", "CreateCluster", clusters.Create)
            .Map("GET", "/clusters/{clusterId}", "GetCluster", (string clusterId) => clusters.Get(clusterId))
            .Map("PATCH", "/clusters/{clusterId}", "UpdateCluster", (HttpContext c, string clusterId) => clusters.Change(c, clusterId, overwrite: false))
            .Map("PUT", "/clusters/{clusterId}", "OverwriteCluster", (HttpContext c, string clusterId) => clusters.Change(c, clusterId, overwrite: true))
            .Map("DELETE", "/clusters/{clusterId}", "DeleteCluster", (string clusterId) => clusters.Delete(clusterId))
            .Map("GET", "/clusters/{clusterId}/history/{resourceVersion}", "GetClusterVersion", (string clusterId, string resourceVersion) => clusters.History(clusterId, resourceVersion))
            .Map("DELETE", "/clusters/{clusterId}/servers/{instanceId}", "ReplaceServer", (string clusterId, string instanceId) => clusters.ReplaceServer(clusterId, instanceId));
    }
}
