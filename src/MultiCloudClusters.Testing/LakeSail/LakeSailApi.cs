using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.LakeSail;

/// <summary>Mounts the LakeSail API (<c>specs/lakesail.yaml</c>) under <c>/lakesail/api/v1</c>.</summary>
internal static class LakeSailApi
{
    private const string One = "/infra/connections/{connection}";

    public static void Map(IEndpointRouteBuilder app, EmulatorContext emu, LakeSailEmulatorEndpoint endpoint)
    {
        var connections = new LakeSailConnections(emu);
        if (emu.Options.SeedData) connections.Seed();
        var catalog = new LakeSailCatalog(connections, endpoint);
        EndpointMapper.Create(app, "/lakesail/api/v1", emu, new LakeSailDialect(endpoint))
            .Map("GET", "/infra/connections", "ListConnections", connections.List)
            .Map("POST", "/infra/connections", "CreateConnection", connections.Create)
            .Map("GET", One, "GetConnection", (string connection) => connections.Get(connection))
            .Map("PATCH", One, "UpdateConnection", (HttpContext c, string connection) => connections.Update(c, connection))
            .Map("DELETE", One, "DeleteConnection", (string connection) => connections.Delete(connection))
            .Map("POST", One + "/verify", "VerifyConnection", (HttpContext c, string connection) => connections.Verify(c, connection))
            .Map("POST", One + "/sync-template", "SyncConnectionTemplate", (string connection) => connections.Sync(connection))
            .Map("GET", One + "/template", "GetConnectionTemplate", (string connection) => catalog.Template(connection))
            .Map("GET", One + "/template/download", "DownloadConnectionTemplate", (string connection) => catalog.Download(connection))
            .Map("GET", One + "/regions", "ListRegions", (string connection) => catalog.Regions(connection))
            .Map("GET", One + "/instance-types", "ListInstanceTypes", (HttpContext c, string connection) => catalog.InstanceTypes(c, connection))
            .Map("GET", "/operations/{operationId}", "GetOperation", (string operationId) => connections.Operation(operationId));
    }
}
