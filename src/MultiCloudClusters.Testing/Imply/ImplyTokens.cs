using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Imply;

/// <summary>The OAuth 2.0 client-credentials token endpoint and the tokens it issued.</summary>
internal sealed class ImplyTokens(EmulatorContext emu, ImplyEmulatorEndpoint credentials)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly Dictionary<string, DateTimeOffset> issued = [];

    public bool IsValid(string token)
    {
        lock (issued) { return issued.TryGetValue(token, out var expiry) && emu.Now < expiry; }
    }

    public async Task<EmuResult> Issue(HttpContext context)
    {
        if (!context.Request.HasFormContentType) return OAuthError(400, "invalid_request", "Send application/x-www-form-urlencoded.");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? id = form["client_id"], secret = form["client_secret"];
        var basic = context.Request.Headers.Authorization.ToString();
        if (basic.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(basic[6..].Trim())).Split(':', 2);
            (id, secret) = (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : "");
        }

        if (form["grant_type"] != "client_credentials") return OAuthError(400, "unsupported_grant_type", "Only client_credentials is supported.");
        if (id != credentials.ClientId || secret != credentials.ClientSecret) return OAuthError(401, "invalid_client", "Unknown client or wrong secret.");
        var token = "emu-imply-" + Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        lock (issued) { issued[token] = emu.Now + Lifetime; }
        return EmuResult.Ok(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)Lifetime.TotalSeconds,
        }).WithHeader("Cache-Control", "no-store");
    }

    private static EmuResult OAuthError(int status, string error, string description) =>
        EmuResult.Json(status, new JsonObject { ["error"] = error, ["error_description"] = description });
}
