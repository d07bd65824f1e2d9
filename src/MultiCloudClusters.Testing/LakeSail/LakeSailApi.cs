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
        var api = EndpointMapper.Create(app, "/lakesail/api/v1", emu, new LakeSailDialect(endpoint));
        api.MapGet("/infra/connections", connections.List).Operation("ListConnections");
        api.MapPost("/infra/connections", Task<EmuResult> (HttpContext c) => connections.Create(c)).Operation("CreateConnection");
        api.MapGet(One, (string connection) => connections.Get(connection)).Operation("GetConnection");
        api.MapPatch(One, (HttpContext c, string connection) => connections.Update(c, connection)).Operation("UpdateConnection");
        api.MapDelete(One, (string connection) => connections.Delete(connection)).Operation("DeleteConnection");
        api.MapPost(One + "/verify", (HttpContext c, string connection) => connections.Verify(c, connection)).Operation("VerifyConnection");
        api.MapPost(One + "/sync-template", (string connection) => connections.Sync(connection)).Operation("SyncConnectionTemplate");
        api.MapGet(One + "/template", (string connection) => catalog.Template(connection)).Operation("GetConnectionTemplate");
        api.MapGet(One + "/template/download", (string connection) => catalog.Download(connection)).Operation("DownloadConnectionTemplate");
        api.MapGet(One + "/regions", (string connection) => catalog.Regions(connection)).Operation("ListRegions");
        api.MapGet(One + "/instance-types", (HttpContext c, string connection) => catalog.InstanceTypes(c, connection)).Operation("ListInstanceTypes");
        api.MapGet("/operations/{operationId}", (string operationId) => connections.Operation(operationId)).Operation("GetOperation");
    }
}
