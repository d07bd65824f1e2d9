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
        EndpointMapper.Create(app, "/imply/oauth", emu, dialect).MapPost("/token", Task<EmuResult> (HttpContext c) => tokens.Issue(c)).Operation("Token", requiresAuth: false);
        var api = EndpointMapper.Create(app, "/imply/api/v1", emu, dialect);
        api.MapGet("/clusters", clusters.List).Operation("ListClusters");
        api.MapPost("/clusters", Task<EmuResult> (HttpContext c) => clusters.Create(c)).Operation("CreateCluster");
        api.MapGet("/clusters/{clusterId}", (string clusterId) => clusters.Get(clusterId)).Operation("GetCluster");
        api.MapPatch("/clusters/{clusterId}", (HttpContext c, string clusterId) => clusters.Change(c, clusterId, overwrite: false)).Operation("UpdateCluster");
        api.MapPut("/clusters/{clusterId}", (HttpContext c, string clusterId) => clusters.Change(c, clusterId, overwrite: true)).Operation("OverwriteCluster");
        api.MapDelete("/clusters/{clusterId}", (string clusterId) => clusters.Delete(clusterId)).Operation("DeleteCluster");
        api.MapGet("/clusters/{clusterId}/history/{resourceVersion}", (string clusterId, string resourceVersion) => clusters.History(clusterId, resourceVersion)).Operation("GetClusterVersion");
        api.MapDelete("/clusters/{clusterId}/servers/{instanceId}", (string clusterId, string instanceId) => clusters.ReplaceServer(clusterId, instanceId)).Operation("ReplaceServer");
    }
}
