using System.Net.Http.Headers;
using WireMock.Logging;
using WireMock.Server;

namespace MultiCloudClusters.Tests.Wire;

/// <summary>
/// A WireMock server on loopback plus an <see cref="HttpClient"/> whose base address carries the
/// provider's path prefix (e.g. <c>/api/v2/</c>), as the generated clients expect.
/// </summary>
public sealed class WireServer : IDisposable
{
    /// <summary>Starts a server; <paramref name="basePath"/> is the API prefix, with or without slashes.</summary>
    public WireServer(string basePath = "")
    {
        Server = WireMockServer.Start();
        var prefix = basePath.Trim('/');
        BasePath = prefix.Length == 0 ? string.Empty : "/" + prefix;
        Http = new HttpClient { BaseAddress = new Uri(Server.Url! + BasePath + "/") };
    }

    /// <summary>The mock server.</summary>
    public WireMockServer Server { get; }

    /// <summary>The API prefix, e.g. <c>/api/v2</c>, or empty.</summary>
    public string BasePath { get; }

    /// <summary>A client pointed at the server and prefix.</summary>
    public HttpClient Http { get; }

    /// <summary>The one request the server received (fails when there were none or several).</summary>
    public ILogEntry SingleRequest() => Assert.Single(Server.LogEntries);

    /// <summary>The header value sent, or null.</summary>
    public static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage?.Headers is { } headers && headers.TryGetValue(name, out var values) ? string.Join(",", values) : null;

    /// <summary>Sets a default request header on <see cref="Http"/>.</summary>
    public void SetAuthorization(string scheme, string value) => Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, value);

    /// <inheritdoc />
    public void Dispose()
    {
        Http.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
