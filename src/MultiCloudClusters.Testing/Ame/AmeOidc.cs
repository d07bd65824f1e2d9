using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>
/// How one signs in to an emulated AME cluster. A cluster's OIDC config names its API server (started on the first
/// ask), the emulator's CA, an issuer and a client of its own (id and secret). The issuer is emulated under
/// <c>/ame/oidc/{org}</c> (discovery document and token endpoint): the client-credentials grant with that client
/// gives a bearer token, valid for an hour on the emulator's clock, that this cluster's API accepts and no other.
/// </summary>
internal sealed class AmeOidc(AmeState state)
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, string> secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string ClientId, DateTimeOffset Expires)> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AmeKubeTarget> targets = new(StringComparer.Ordinal);

    public static string ClientId(string identity) => "ame-" + identity;

    public async Task<EmuResult> Config(string org, string env, string slug)
    {
        string identity;
        lock (state.Gate)
        {
            if (state.Find(org, env, slug, out var cluster) is { } missing) return missing;
            identity = cluster!.Data.Str("identity")!;
        }

        var target = targets.GetOrAdd(identity, id => new AmeKubeTarget(state, this, id));
        var server = await state.Emu.Kubernetes.GetOrStartAsync("ame/" + identity, slug, target, askClientCertificate: false);
        var clientId = ClientId(identity);
        return EmuResult.Ok(new JsonObject
        {
            ["endpoint"] = server.Server,
            ["caCertificate"] = state.Emu.Kubernetes.Authority.CertificatePem,
            ["issuerUrl"] = Issuer(org),
            ["clientId"] = clientId,
            ["clientSecret"] = secrets.GetOrAdd(clientId, _ => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant()),
        });
    }

    public EmuResult Discovery(string org)
    {
        if (state.CheckScope(org, null) is { } missing) return missing;
        var issuer = Issuer(org);
        return EmuResult.Ok(new JsonObject
        {
            ["issuer"] = issuer,
            ["token_endpoint"] = issuer + "/token",
            ["grant_types_supported"] = new JsonArray("client_credentials"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post"),
            ["response_types_supported"] = new JsonArray("token"),
            ["subject_types_supported"] = new JsonArray("public"),
        });
    }

    public async Task<EmuResult> Token(HttpContext context, string org)
    {
        if (state.CheckScope(org, null) is { } missing) return missing;
        if (!context.Request.HasFormContentType) return OAuthError(400, "invalid_request", "Send an application/x-www-form-urlencoded body.");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials") return OAuthError(400, "unsupported_grant_type", "Only client_credentials is supported.");
        var (id, secret) = Client(context.Request, form);
        if (id is null || secret is null || !secrets.TryGetValue(id, out var expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(expected)))
        {
            return OAuthError(401, "invalid_client", "Unknown client or wrong secret.");
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        tokens[token] = (id, state.Emu.Now + TokenLifetime);
        return EmuResult.Ok(new JsonObject
        {
            ["access_token"] = token,
            ["id_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)TokenLifetime.TotalSeconds,
        }).WithHeader("Cache-Control", "no-store");
    }

    /// <summary>The subject of <paramref name="token"/> when the issuer gave it to <paramref name="clientId"/> and it has not expired.</summary>
    public string? Subject(string token, string clientId) =>
        tokens.TryGetValue(token, out var issued) && issued.ClientId == clientId && issued.Expires > state.Emu.Now ? "oidc:" + clientId : null;

    private string Issuer(string org) => new Uri(state.Endpoint.BaseUrl, "oidc/" + Uri.EscapeDataString(org)).AbsoluteUri;

    private static (string? Id, string? Secret) Client(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var basic) && basic.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && basic.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split(':', 2);
                return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].ToString() is { Length: > 0 } id ? id : null, form["client_secret"].ToString() is { Length: > 0 } s ? s : null);
    }

    private static EmuResult OAuthError(int status, string error, string description) =>
        EmuResult.Json(status, new JsonObject { ["error"] = error, ["error_description"] = description });
}
