using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sodium;

namespace MultiCloudClusters.Benchmarks.Server;

/// <summary>
/// An in-process Kestrel server on 127.0.0.1 (a free port) answering fixed bodies. One prefix per provider:
/// <c>/oks/</c>, <c>/eks/</c>, <c>/lakesail/</c>, <c>/ame/</c>, <c>/imply/</c>. No routing middleware: one
/// request delegate that matches paths by hand and copies precomputed bytes, so the server costs the same for
/// the baseline and for the library.
/// </summary>
/// <remarks>
/// List endpoints (OKS clusters by project with <c>cursor</c>, LakeSail <c>marker</c>, AME <c>page</c>) page
/// through <see cref="Pages"/> pages. Inventory endpoints (OKS ListAllClusters, EKS ListClusters, the AME organisation <c>slow</c>, Imply
/// ListClusters) answer after <see cref="InventoryDelay"/>. List endpoints page through <see cref="Pages"/> pages.
/// </remarks>
internal sealed class BenchServer : IAsyncDisposable
{
    public static readonly TimeSpan InventoryDelay = TimeSpan.FromMilliseconds(50);

    private static readonly byte[] LakeSailLastSuffix = "null}"u8.ToArray();
    private static readonly byte[] OksLastSuffix = "null}}}"u8.ToArray();
    private readonly WebApplication _app;

    private BenchServer(WebApplication app, Uri baseAddress, int pages)
    {
        _app = app;
        BaseAddress = baseAddress;
        Pages = pages;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Pages in each list (LakeSail markers, AME page numbers); 100 items each.</summary>
    public int Pages { get; }

    public Uri Oks => new(BaseAddress, "oks/");

    public Uri Eks => new(BaseAddress, "eks/");

    public Uri LakeSail => new(BaseAddress, "lakesail/");

    public Uri Ame => new(BaseAddress, "ame/");

    public Uri Imply => new(BaseAddress, "imply/");

    public static async Task<BenchServer> StartAsync(int pages = 1000)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.Run(context => HandleAsync(context, pages));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchServer(app, new Uri(address.TrimEnd('/') + "/"), pages);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task HandleAsync(HttpContext context, int pages)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        var isGet = HttpMethods.IsGet(request.Method);

        // ----- OKS: cursor paging (the cursor is the next page's number, opaque to the client) -----
        if (path == "/oks/clusters" && isGet)
        {
            var cursor = request.Query["cursor"].ToString();
            var page = cursor.Length == 0 ? 0 : int.Parse(cursor, NumberStyles.None, CultureInfo.InvariantCulture);
            var suffix = page + 1 >= pages ? OksLastSuffix : Encoding.ASCII.GetBytes($"\"{page + 1}\"}}}}}}");
            await WriteAsync(context, Payloads.OksPagePrefix, suffix).ConfigureAwait(false);
            return;
        }

        // ----- OKS -----
        if (path.StartsWith("/oks/clusters/", StringComparison.Ordinal))
        {
            var rest = path.AsSpan("/oks/clusters/".Length);
            if (rest.SequenceEqual("all") && isGet)
            {
                await Task.Delay(InventoryDelay).ConfigureAwait(false);
                await WriteAsync(context, Payloads.OksClusterList).ConfigureAwait(false);
                return;
            }

            if (rest.EndsWith("/kubeconfig"))
            {
                if (isGet)
                {
                    await WriteAsync(context, Payloads.OksKubeconfigPlain).ConfigureAwait(false);
                    return;
                }

                // POST with x-encrypt-nacl: seal the kubeconfig for the caller's key (libsodium crypto_box_seal).
                await WriteAsync(context, SealedAnswer(request.Headers["x-encrypt-nacl"].ToString())).ConfigureAwait(false);
                return;
            }

            await WriteAsync(context, Payloads.OksClusterEnvelope).ConfigureAwait(false);
            return;
        }

        // ----- EKS -----
        if (path.StartsWith("/eks/clusters", StringComparison.Ordinal))
        {
            if (path.Length == "/eks/clusters".Length)
            {
                await Task.Delay(InventoryDelay).ConfigureAwait(false);
                await WriteAsync(context, Payloads.EksList).ConfigureAwait(false);
                return;
            }

            var name = path["/eks/clusters/".Length..];
            await WriteAsync(context, name == Payloads.EksClusterName ? Payloads.EksDescribe : Encoding.UTF8.GetBytes($$"""{"cluster":{{Payloads.EksCluster(name)}}}""")).ConfigureAwait(false);
            return;
        }

        // ----- LakeSail: marker paging -----
        if (path == "/lakesail/infra/connections")
        {
            var marker = request.Query["marker"].ToString();
            var page = marker.Length == 0 ? 0 : int.Parse(marker, NumberStyles.None, CultureInfo.InvariantCulture);
            var suffix = page + 1 >= pages ? LakeSailLastSuffix : Encoding.ASCII.GetBytes($"\"{page + 1}\"}}");
            await WriteAsync(context, Payloads.LakeSailPagePrefix, suffix).ConfigureAwait(false);
            return;
        }

        // ----- AME: Spring pages with last -----
        if (path.StartsWith("/ame/api/v1/orgs/", StringComparison.Ordinal) && path.EndsWith("/clusters", StringComparison.Ordinal))
        {
            if (path == "/ame/api/v1/orgs/slow/clusters")
            {
                await Task.Delay(InventoryDelay).ConfigureAwait(false);
                await WriteAsync(context, Payloads.AmeInventoryPage).ConfigureAwait(false);
                return;
            }

            var pageText = request.Query["page"].ToString();
            var page = pageText.Length == 0 ? 0 : int.Parse(pageText, NumberStyles.None, CultureInfo.InvariantCulture);
            var last = page + 1 >= pages;
            var suffix = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $$"""
                "empty":false,"first":{{(page == 0 ? "true" : "false")}},"last":{{(last ? "true" : "false")}},"number":{{page}},"numberOfElements":{{Payloads.PageSize}},"size":{{Payloads.PageSize}},"totalElements":{{pages * Payloads.PageSize}},"totalPages":{{pages}},"pageable":{"offset":{{page * Payloads.PageSize}},"pageNumber":{{page}},"pageSize":{{Payloads.PageSize}},"paged":true,"unpaged":false},"sort":[]}
                """));
            await WriteAsync(context, Payloads.AmePagePrefix, suffix).ConfigureAwait(false);
            return;
        }

        // ----- Imply -----
        if (path == "/imply/clusters")
        {
            await Task.Delay(InventoryDelay).ConfigureAwait(false);
            await WriteAsync(context, Payloads.ImplyList).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>
    /// All the server does for a sealed kubeconfig beyond what the clear-text answer costs it (that one is built once):
    /// read the caller's key, seal, Base64 and build the envelope. The NaCl benchmark measures this same method alone.
    /// </summary>
    public static byte[] SealedAnswer(string publicKeyBase64)
    {
        var key = Convert.FromBase64String(publicKeyBase64);
        var sealedBox = Convert.ToBase64String(SealedPublicKeyBox.Create(Payloads.KubeconfigBytes, key));
        return Payloads.KubeconfigEnvelope(sealedBox);
    }

    private static async Task WriteAsync(HttpContext context, byte[] body, byte[]? suffix = null)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = body.Length + (suffix?.Length ?? 0);
        await response.Body.WriteAsync(body).ConfigureAwait(false);
        if (suffix is not null)
        {
            await response.Body.WriteAsync(suffix).ConfigureAwait(false);
        }
    }
}
