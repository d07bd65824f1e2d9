using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;
using MultiCloudClusters.Emulator.Kubernetes;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// OKS kubeconfig: GET in clear text, POST sealed (libsodium sealed box) for the key in <c>x-encrypt-nacl</c>. The
/// kubeconfig reaches the cluster's emulated Kubernetes API (<see cref="OksKubeTarget"/>) with a real CA and client certificate.
/// </summary>
internal sealed class OksKubeconfig(OksState state)
{
    private readonly ConcurrentDictionary<string, OksKubeTarget> targets = new(StringComparer.Ordinal);

    public async Task<EmuResult> Get(HttpContext context, string clusterId, bool sealedBox)
    {
        var query = context.Request.Query;
        foreach (var param in new[] { "user", "group" })
        {
            var value = query[param].ToString();
            if (value.StartsWith("system:", StringComparison.Ordinal) || value.StartsWith("oks:", StringComparison.Ordinal))
            {
                return OksDialect.Validation(param, $"{param} may not start with system: or oks:.");
            }
        }

        byte[]? publicKey = null;
        if (sealedBox)
        {
            publicKey = OksSealing.ReadKey(context.Request, out var badKey);
            if (badKey is not null) return badKey;
            if (publicKey is null) return OksDialect.Error(400, "BadRequest", $"The {OksSealing.KeyHeader} header is required.");
        }

        var ttl = OksSealing.Ttl(context.Request, TimeSpan.FromDays(7), out var badTtl);
        if (badTtl is not null) return badTtl;

        string name;
        lock (state.Gate)
        {
            if (state.Clusters.Find(clusterId, state.Emu.Now) is not { } cluster) return OksDialect.NotFound("Cluster");
            var status = cluster.State(state.Emu.Now);
            if (status != "ready") return OksDialect.Error(503, "ServiceUnavailable", $"Cluster {clusterId} is {status}; its kubeconfig is not ready.");
            name = cluster.Data.Str("name")!;
        }

        // The cluster's API server starts with its first kubeconfig; the credential is a client certificate for the
        // user (CN) and group (O) asked, valid for the ttl asked, that only this cluster accepts.
        var target = targets.GetOrAdd(clusterId, id => new OksKubeTarget(state, id));
        var server = await state.Emu.Kubernetes.GetOrStartAsync("oks/" + clusterId, name, target, askClientCertificate: true);
        var user = query["user"].ToString() is { Length: > 0 } u ? u : "admin";
        using var certificate = state.Emu.Kubernetes.Authority.IssueClient(user, query["group"].ToString(), ttl);
        target.Accept(certificate);
        var yaml = Yaml(name, server.Server, user, certificate);

        var content = publicKey is null ? yaml : OksSealing.Seal(yaml, publicKey);
        return EmuResult.Ok(new JsonObject
        {
            ["ResponseContext"] = OksDialect.Context(),
            ["Cluster"] = new JsonObject
            {
                ["request_id"] = EmulatorContext.RequestId(),
                ["data"] = new JsonObject { ["name"] = name, ["kubeconfig"] = content },
            },
        });
    }

    private string Yaml(string name, string server, string user, X509Certificate2 certificate)
    {
        static string Data(string pem) => Convert.ToBase64String(Encoding.UTF8.GetBytes(pem));
        var ca = Data(state.Emu.Kubernetes.Authority.CertificatePem);
        var cert = Data(certificate.ExportCertificatePem() + "\n");
        var key = Data(EmulatorCertificateAuthority.PrivateKeyPem(certificate));
        var context = Quote($"{user}@{name}");
        (name, user) = (Quote(name), Quote(user));
        return $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: {name}
              cluster:
                server: {server}
                certificate-authority-data: {ca}
            users:
            - name: {user}
              user:
                client-certificate-data: {cert}
                client-key-data: {key}
            contexts:
            - name: {context}
              context:
                cluster: {name}
                user: {user}
            current-context: {context}

            """;
    }

    // A JSON string is a valid YAML double-quoted scalar, whatever the user or cluster name holds.
    private static string Quote(string value) => System.Text.Json.Nodes.JsonValue.Create(value).ToJsonString();
}
