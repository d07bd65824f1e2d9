using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>AME cluster extras: join config, Prometheus rules inheritance (OIDC settings: <see cref="AmeOidc"/>).</summary>
internal sealed class AmeExtras(AmeState state)
{
    public static JsonObject JoinConfig(string version, string subject)
    {
        static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        return new JsonObject
        {
            ["joinCommand"] = $"kubeadm join api.emulator.invalid:6443 --token emu.{subject[..8]} --discovery-token-unsafe-skip-ca-verification",
            ["cloudInitUserDataBase64"] = B64("#cloud-config\n# emulator\n"),
            ["installScriptBase64"] = B64("#!/bin/sh\necho install\n"),
            ["upgradeScriptBase64"] = B64("#!/bin/sh\necho upgrade\n"),
            ["kubeletConfigBase64"] = B64("kind: KubeletConfiguration\napiVersion: kubelet.config.k8s.io/v1beta1\n"),
            ["versions"] = new JsonObject { ["kubernetes"] = version, ["containerd"] = "1.7.22", ["crictl"] = "1.31.1", ["cloudInit"] = "24.1" },
        };
    }

    public EmuResult ClusterJoinConfig(string org, string env, string slug)
    {
        lock (state.Gate)
        {
            return state.Find(org, env, slug, out var c) ?? EmuResult.Ok(JoinConfig(c!.Data.Str("version")!, c.Data.Str("identity")!));
        }
    }

    public async Task<EmuResult> PrometheusRules(HttpContext context, string org, string env, string slug)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body || body.Bool("environmentPrometheusRules") is not { } inherit)
        {
            return AmeDialect.BadRequest("environmentPrometheusRules: must not be null");
        }

        lock (state.Gate)
        {
            if (state.Find(org, env, slug, out var c) is { } missing) return missing;
            c!.Data["environmentPrometheusRules"] = inherit;
            return EmuResult.Ok(new JsonObject { ["message"] = inherit ? "Environment Prometheus rules are inherited" : "Environment Prometheus rules are no longer inherited" });
        }
    }
}
