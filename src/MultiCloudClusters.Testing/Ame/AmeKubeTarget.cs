using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;
using MultiCloudClusters.Emulator.Kubernetes;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>
/// One AME cluster as its Kubernetes API sees it: callers sign in with a bearer token the emulated OIDC issuer gave
/// this cluster's client (<see cref="AmeOidc"/>); each node pool shows as <c>minSize</c> nodes.
/// </summary>
internal sealed class AmeKubeTarget(AmeState state, AmeOidc oidc, string identity) : IKubeApiTarget
{
    public string? Authenticate(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? oidc.Subject(header[7..].Trim(), AmeOidc.ClientId(identity)) : null;
    }

    public KubeClusterView? View()
    {
        lock (state.Gate)
        {
            var now = state.Emu.Now;
            if (state.Clusters(now).FirstOrDefault(c => c.Data.Str("identity") == identity) is not { } cluster) return null;
            var region = cluster.Data.Str("region") ?? "eu-west-1";
            var pools = cluster.Pools.Select(p => new KubeNodePool(
                p.Data.Str("name")!,
                (int)(p.Data.Long("minSize") ?? 1),
                p.Data.Str("nodeSize") ?? "",
                p.Data.Str("availabilityZone") ?? region + "a")).ToList();
            var created = DateTimeOffset.Parse(cluster.Data.Str("createdAt")!, System.Globalization.CultureInfo.InvariantCulture);
            return new KubeClusterView(cluster.Slug, cluster.Data.Str("version") ?? "", created, pools);
        }
    }
}
