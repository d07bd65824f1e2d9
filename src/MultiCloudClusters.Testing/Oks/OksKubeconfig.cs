using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>OKS kubeconfig: GET in clear text, POST sealed (libsodium sealed box) for the key in <c>x-encrypt-nacl</c>.</summary>
internal sealed class OksKubeconfig(OksState state)
{
    public EmuResult Get(HttpContext context, string clusterId, bool sealedBox)
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

        OksSealing.Ttl(context.Request, TimeSpan.FromDays(7), out var badTtl);
        if (badTtl is not null) return badTtl;

        string yaml, name;
        lock (state.Gate)
        {
            if (state.Clusters.Find(clusterId, state.Emu.Now) is not { } cluster) return OksDialect.NotFound("Cluster");
            var status = cluster.State(state.Emu.Now);
            if (status != "ready") return OksDialect.Error(503, "ServiceUnavailable", $"Cluster {clusterId} is {status}; its kubeconfig is not ready.");
            name = cluster.Data.Str("name")!;
            yaml = Yaml(name, clusterId, query["user"].ToString() is { Length: > 0 } u ? u : "admin", query["group"].ToString());
        }

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

    private string Yaml(string name, string clusterId, string user, string group)
    {
        var ca = Convert.ToBase64String(Encoding.UTF8.GetBytes($"-----BEGIN CERTIFICATE-----\nEMULATOR-CA-{clusterId}\n-----END CERTIFICATE-----\n"));
        var cert = Convert.ToBase64String(Encoding.UTF8.GetBytes($"-----BEGIN CERTIFICATE-----\nEMULATOR-{user}-{group}\n-----END CERTIFICATE-----\n"));
        var key = Convert.ToBase64String(Encoding.UTF8.GetBytes("-----BEGIN PRIVATE KEY-----\nEMULATOR\n-----END PRIVATE KEY-----\n"));
        return $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: {name}
              cluster:
                server: https://{clusterId}.{state.Endpoint.Region}.oks.emulator.invalid:6443
                certificate-authority-data: {ca}
            users:
            - name: {user}
              user:
                client-certificate-data: {cert}
                client-key-data: {key}
            contexts:
            - name: {user}@{name}
              context:
                cluster: {name}
                user: {user}
            current-context: {user}@{name}

            """;
    }
}
