using Microsoft.AspNetCore.Routing;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Eks;

/// <summary>Mounts the EKS subset (<c>specs/eks.yaml</c>) under <c>/eks</c>.</summary>
internal static class EksApi
{
    public static void Map(IEndpointRouteBuilder app, EmulatorContext emu, EksEmulatorEndpoint endpoint)
    {
        var clusters = new EksClusters(emu, endpoint);
        if (emu.Options.SeedData) clusters.Seed();
        var api = EndpointMapper.Create(app, "/eks", emu, new EksDialect(emu, endpoint, new SigV4SignatureVerifier()));
        api.MapPost("/cluster-registrations", Task<EmuResult> (HttpContext c) => clusters.Register(c)).Operation("RegisterCluster");
        api.MapDelete("/cluster-registrations/{name}", (string name) => clusters.Deregister(name)).Operation("DeregisterCluster");
        api.MapGet("/clusters", clusters.List).Operation("ListClusters");
        api.MapGet("/clusters/{name}", (string name) => clusters.Describe(name)).Operation("DescribeCluster");
    }
}
