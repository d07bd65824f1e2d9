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
        EndpointMapper.Create(app, "/eks", emu, new EksDialect(emu, endpoint, new SigV4SignatureVerifier()))
            .Map("POST", "/cluster-registrations", "RegisterCluster", clusters.Register)
            .Map("DELETE", "/cluster-registrations/{name}", "DeregisterCluster", (string name) => clusters.Deregister(name))
            .Map("GET", "/clusters", "ListClusters", clusters.List)
            .Map("GET", "/clusters/{name}", "DescribeCluster", (string name) => clusters.Describe(name));
    }
}
