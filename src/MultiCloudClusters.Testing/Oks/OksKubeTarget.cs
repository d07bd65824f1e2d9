using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;
using MultiCloudClusters.Emulator.Kubernetes;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// One OKS cluster as its Kubernetes API sees it. Clients authenticate with a client certificate from one of this
/// cluster's kubeconfigs (signed by the emulator's CA and handed out for this cluster). OKS keeps node pools as
/// <c>Nodepool</c> objects inside the cluster (<c>oks.dev/v1beta2</c>, served read-only and cluster-wide here):
/// every emulated cluster runs one, <c>default</c>, made from the provider's node-pool template.
/// </summary>
internal sealed class OksKubeTarget(OksState state, string clusterId) : IKubeApiTarget
{
    public static readonly KubeResourceType NodepoolType = new("oks.dev", "v1beta2", "Nodepool", "nodepools");
    public const string DefaultPool = "default";

    private readonly ConcurrentDictionary<string, byte> issued = new(StringComparer.Ordinal);

    /// <summary>Accepts <paramref name="certificate"/> from now on as a credential for this cluster.</summary>
    public void Accept(X509Certificate2 certificate) => issued[certificate.Thumbprint] = 0;

    public string? Authenticate(HttpContext http) =>
        http.Connection.ClientCertificate is { } certificate
        && issued.ContainsKey(certificate.Thumbprint)
        && state.Emu.Kubernetes.Authority.SignedClient(certificate)
            ? certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false)
            : null;

    public KubeClusterView? View()
    {
        lock (state.Gate)
        {
            if (state.Clusters.Find(clusterId, state.Emu.Now) is not { } cluster) return null;
            var json = state.RenderCluster(cluster);
            var spec = (JsonObject)OksCatalog.NodepoolTemplate()["spec"]!.DeepClone();
            var nodes = int.TryParse(spec.Str("desiredNodes"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 1;
            var zone = spec["zones"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? state.Endpoint.Region + "a";
            var pool = new KubeNodePool(DefaultPool, nodes, spec.Str("nodeType") ?? "", zone, spec);
            var created = DateTimeOffset.Parse(json["statuses"].Str("created_at")!, CultureInfo.InvariantCulture);
            return new KubeClusterView(json.Str("name")!, json.Str("version")!, created, [pool], NodepoolType);
        }
    }
}
