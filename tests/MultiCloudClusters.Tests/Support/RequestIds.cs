using MultiCloudClusters.Tests.Security;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MultiCloudClusters.Tests;

/// <summary>
/// Request ids for the tests that follow one from an answer to the result: plain ones, and hostile ones a server
/// could send, with what each must look like once cleaned (written out here, not computed by the library).
/// </summary>
internal static class RequestIds
{
    /// <summary>The longest id a result carries, the closing ellipsis included.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// What a header can carry that must not reach a log or a message as it is: ESC (a terminal escape), DEL, a C1
    /// control (NEL), and far more text than an id needs. (CR and LF cannot travel in a header value.) A framework
    /// server refuses to send such a header, so <see cref="HostileHeaderServer"/> writes it on a raw socket.
    /// </summary>
    public static readonly string HostileHeader = "req\u001b[2J\u007fX\u0085" + new string('A', 600);

    /// <summary>What a JSON body can carry besides: a forged log line (CR, LF) and a right-to-left override.</summary>
    public static readonly string HostileBody = "req\r\nlevel=error forged\u202e" + new string('B', 600);

    /// <summary><see cref="HostileHeader"/> cleaned: each control escaped, cut to <see cref="MaxLength"/> with an ellipsis.</summary>
    public static string HostileHeaderCleaned => Cut(@"req\u001B[2J\u007FX\u0085", 'A');

    /// <summary><see cref="HostileBody"/> cleaned the same way.</summary>
    public static string HostileBodyCleaned => Cut(@"req\r\nlevel=error forged\u202E", 'B');

    /// <summary>Answers <paramref name="method"/> on <paramref name="path"/> with JSON, plus a request-id header when <paramref name="requestId"/> is set.</summary>
    public static void Answer(WireMockServer server, string method, string path, int status, string json, string? requestId, string header = "x-request-id")
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json);
        if (requestId is not null)
        {
            response = response.WithHeader(header, requestId);
        }

        server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    /// <summary>A raw-socket server that answers every request with 200, <paramref name="json"/> and <see cref="HostileHeader"/> as its request id.</summary>
    public static HostileServer HostileHeaderServer(string json, string header = "x-request-id") =>
        HostileServer.Start(behaviour: exchange => exchange.RespondAsync(HostileResponse.Json(200, json, (header, HostileHeader))));

    /// <summary>Checks an id that came from a hostile header: nothing unsafe left, the escapes visible, the length capped.</summary>
    public static void AssertCleanedHeader(string? requestId) => AssertCleaned(HostileHeaderCleaned, requestId);

    /// <summary>Checks an id that came from a hostile body the same way.</summary>
    public static void AssertCleanedBody(string? requestId) => AssertCleaned(HostileBodyCleaned, requestId);

    private static void AssertCleaned(string expected, string? requestId)
    {
        Assert.Equal(expected, requestId);
        Assert.Equal(MaxLength, requestId!.Length);
        Assert.DoesNotContain(requestId, c => char.IsControl(c) || c == '\u202e');
    }

    private static string Cut(string escapedPrefix, char filler) => escapedPrefix + new string(filler, MaxLength - 1 - escapedPrefix.Length) + "…";
}
