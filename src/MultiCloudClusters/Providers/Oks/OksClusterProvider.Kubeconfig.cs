using System.Text;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The kubeconfig, in clear or sealed with NaCl.</summary>
public partial class OksClusterProvider
{
    /// <inheritdoc />
    /// <remarks>
    /// By default the kubeconfig comes sealed for a fresh X25519 key pair made for this call (the public key
    /// in <c>x-encrypt-nacl</c>); it is opened here and the private key wiped.
    /// </remarks>
    public override async Task<Kubeconfig> GetKubeconfigAsync(string clusterId, KubeconfigRequest? request = null, CancellationToken cancellationToken = default)
    {
        ValidateSegment(nameof(clusterId), clusterId);
        request ??= new KubeconfigRequest();
        var validator = new RequestValidator();
        ValidateSubject(validator, "request.User", request.User);
        ValidateSubject(validator, "request.Group", request.Group);
        var ttl = FormatTtl(validator, "request.Ttl", request.Ttl);
        validator.ThrowIfInvalid();

        using var capture = RequestIdCapture.Start();
        var api = Api;
        if (!request.Encrypted)
        {
            var plain = await Call(() => api.GetKubeconfigAsync(clusterId, request.User, request.Group, ttl, cancellationToken)).ConfigureAwait(false);
            return capture.Stamp(new Kubeconfig(clusterId, ProviderCall.Require(ProviderName, plain.Cluster?.Data?.Kubeconfig, "Cluster.data.kubeconfig"), wasEncryptedInTransit: false));
        }

        return capture.Stamp(await CallSealed(
            publicKey => api.GetKubeconfigWithPubkeyNACLAsync(clusterId, publicKey, request.User, request.Group, ttl, cancellationToken),
            response => response.Cluster?.Data?.Kubeconfig,
            "Cluster.data.kubeconfig",
            yaml => new Kubeconfig(clusterId, Encoding.UTF8.GetString(yaml), wasEncryptedInTransit: true)).ConfigureAwait(false));
    }
}
