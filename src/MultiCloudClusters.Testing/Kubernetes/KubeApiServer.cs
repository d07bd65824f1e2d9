using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace MultiCloudClusters.Emulator.Kubernetes;

/// <summary>
/// One emulated cluster's Kubernetes API: its own HTTPS listener on a free loopback port, with its own server
/// certificate, serving the read-only core of the API (<c>/version</c>, discovery, namespaces, nodes, and the
/// provider's node-pool resource) in Kubernetes' JSON shapes, or as tables when kubectl asks. Every request must
/// carry a credential the cluster accepts (<see cref="IKubeApiTarget.Authenticate"/>): else 401, as a
/// <c>Status</c>; a write is refused with 403.
/// </summary>
internal sealed class KubeApiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly IKubeApiTarget target;
    private readonly TimeProvider time;
    private readonly X509Certificate2 certificate;

    private KubeApiServer(WebApplication app, IKubeApiTarget target, TimeProvider time, X509Certificate2 certificate)
    {
        this.app = app;
        this.target = target;
        this.time = time;
        this.certificate = certificate;
    }

    /// <summary>The server's address, <c>https://127.0.0.1:PORT</c> (no trailing slash, as kubeconfigs write it).</summary>
    public string Server { get; private set; } = "";

    /// <summary>
    /// Starts a listener for <paramref name="target"/> that presents <paramref name="certificate"/> (it then owns it);
    /// a client certificate is asked for when <paramref name="askClientCertificate"/>.
    /// </summary>
    public static async Task<KubeApiServer> StartAsync(IKubeApiTarget target, X509Certificate2 certificate, X509Certificate2 authority, bool askClientCertificate, TimeProvider time, CancellationToken cancellationToken)
    {
        // The CA is named in the handshake, so clients that pick a certificate by issuer (kubectl) send theirs.
        var context = SslStreamCertificateContext.Create(certificate, [authority], offline: true, trust: SslCertificateTrust.CreateForX509Collection([authority], sendTrustInHandshake: true));
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(KubeApiServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(new TlsHandshakeCallbackOptions
            {
                OnConnection = _ => ValueTask.FromResult(new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = context,
                    ClientCertificateRequired = askClientCertificate,
                    // Who the client is gets decided per request, so a wrong certificate is a 401 Status, not a broken handshake.
                    RemoteCertificateValidationCallback = (_, _, _, _) => true,
                    ApplicationProtocols = [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11],
                }),
            });
        }));
        var app = builder.Build();
        var server = new KubeApiServer(app, target, time, certificate);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Urls.First();
        server.Server = new Uri(address).GetLeftPart(UriPartial.Authority);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        certificate.Dispose();
    }

    private Task HandleAsync(HttpContext http)
    {
        if (target.Authenticate(http) is not { } user) return WriteAsync(http, 401, KubeObjects.Status(401, "Unauthorized", "Unauthorized"));
        if (target.View() is not { } cluster) return WriteAsync(http, 503, KubeObjects.Status(503, "ServiceUnavailable", "The cluster no longer exists."));
        var path = http.Request.Path.Value?.TrimEnd('/') ?? "";
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            var verb = http.Request.Method.ToLowerInvariant() switch { "post" => "create", "put" => "update", var other => other };
            return WriteAsync(http, 403, KubeObjects.Status(403, "Forbidden", $"forbidden: User \"{user}\" cannot {verb} path \"{path}\": the emulated API server is read-only"));
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pools = cluster.PoolResource;
        return segments switch
        {
            ["version"] => WriteAsync(http, 200, KubeObjects.Version(cluster)),
            ["api"] => WriteAsync(http, 200, KubeObjects.ApiVersions(http.Request.Host.Value ?? "")),
            ["api", "v1"] => WriteAsync(http, 200, KubeObjects.CoreResources()),
            ["apis"] => WriteAsync(http, 200, KubeObjects.Groups(pools)),
            ["api", "v1", "namespaces", .. var rest] => ListOrGetAsync(http, "v1", "Namespace", "namespaces", KubeObjects.NamespaceItems(cluster), rest),
            ["api", "v1", "nodes", .. var rest] => ListOrGetAsync(http, "v1", "Node", "nodes", KubeObjects.NodeItems(cluster, time.GetUtcNow()), rest),
            ["apis", var g, var v] when pools is not null && g == pools.Group && v == pools.Version => WriteAsync(http, 200, KubeObjects.PoolResources(pools)),
            ["apis", var g, var v, var plural, .. var rest] when pools is not null && g == pools.Group && v == pools.Version && plural == pools.Plural =>
                ListOrGetAsync(http, $"{g}/{v}", pools.Kind, plural, KubeObjects.PoolItems(cluster, pools), rest),
            _ => WriteAsync(http, 404, KubeObjects.Status(404, "NotFound", "the server could not find the requested resource")),
        };
    }

    private Task ListOrGetAsync(HttpContext http, string apiVersion, string kind, string plural, List<JsonObject> items, string[] rest)
    {
        var table = KubeTables.Wanted(http.Request.Headers.Accept);
        switch (rest)
        {
            case []:
                return table
                    ? WriteAsync(http, 200, KubeTables.Build(kind, items, time.GetUtcNow()), KubeTables.ContentType)
                    : WriteAsync(http, 200, KubeObjects.List(apiVersion, kind + "List", items));
            case [var name]:
                var item = items.FirstOrDefault(i => i["metadata"]?["name"]?.GetValue<string>() == name);
                if (item is null)
                {
                    return WriteAsync(http, 404, KubeObjects.Status(404, "NotFound", $"{plural} \"{name}\" not found", new JsonObject { ["name"] = name, ["kind"] = plural }));
                }

                return table ? WriteAsync(http, 200, KubeTables.Build(kind, [item], time.GetUtcNow()), KubeTables.ContentType) : WriteAsync(http, 200, item);
            default:
                return WriteAsync(http, 404, KubeObjects.Status(404, "NotFound", "the server could not find the requested resource"));
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body, string contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = bytes.Length;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
    }
}
