using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.LakeSail;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 7 end to end: a hostile server puts CR, LF, ESC, NUL, BEL, NEL, line separators, a right-to-left
/// override and very long text into every member of every provider's error shape (and into plain-text and
/// HTML bodies, the Imply token endpoint's refusal, LakeSail operation errors and a cluster's status), for
/// both construction paths. The exception's message, its <c>ToString()</c>, its error's <c>ToString()</c> and
/// every captured log line hold none of it raw and stay capped; the raw body is still there for code that asks.
/// </summary>
public sealed class HostileErrorTextTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    /// <summary>What a forging server sends: a fake header line, terminal colours, invisible controls, then 5,000 characters.</summary>
    private static readonly string Evil = "start\r\nX-Forged: 1\n\u001b[31mred\u001b[0m\0nul\u0007bell\u0085nel\u2028ls\u202Ertl\t" + new string('A', 5000);

    /// <summary>The beginning of <see cref="Evil"/> as it must appear once cleaned.</summary>
    private const string EvilCleaned = @"start\r\nX-Forged: 1\n\u001B[31mred\u001B[0m\0nul\u0007bell\u0085nel\u2028ls\u202Ertl\t";

    private static readonly string[] Raw = ["\r", "\n", "\u001b", "\0", "\u0007", "\u0085", "\u2028", "\u202E"];

    /// <summary>Every error shape of every provider, as (provider, shape) → (status, content type, body).</summary>
    private static readonly Dictionary<(string Provider, string Shape), (int Status, string ContentType, string Body)> Shapes = new()
    {
        [("oks", "Errors[].Details text")] = Json(409, new { Errors = new[] { new { Type = Evil, Details = Evil, Code = Evil } }, ResponseContext = new { RequestId = Evil } }),
        [("oks", "Errors[].Details items")] = Json(400, new { Errors = new[] { new { Type = Evil, Details = new[] { new { loc = new[] { "body", Evil }, msg = Evil, type = Evil } }, Code = "400" } } }),
        [("oks", "detail items")] = Json(422, new { detail = new[] { new { loc = new[] { Evil }, msg = Evil, type = Evil } } }),
        [("oks", "detail text")] = Json(404, new { detail = Evil }),
        [("imply", "error")] = Json(409, new { error = new { code = Evil, message = Evil, details = new[] { new { code = Evil, target = Evil, message = Evil } } } }),
        [("ame", "message and details")] = Json(400, new { message = Evil, details = new[] { Evil, "name: " + Evil } }),
        [("ame", "Spring error")] = Json(500, new { error = Evil, status = 500 }),
        [("eks", "__type")] = Json(400, new { __type = Evil, message = Evil }),
        [("eks", "code and Message")] = Json(404, new { code = Evil, Message = Evil }),
        [("lakesail", "error")] = Json(400, new { error = new { code = Evil, message = Evil, errorType = Evil, details = new { retryable = false, requestId = Evil, causedBy = Evil, fieldErrors = new Dictionary<string, string> { [Evil] = Evil } } } }),
    };

    public static TheoryData<string, string, Construction> ShapeCases()
    {
        var data = new TheoryData<string, string, Construction>();
        foreach (var (provider, shape) in Shapes.Keys)
        {
            data.Add(provider, shape, Construction.Constructor);
            data.Add(provider, shape, Construction.DependencyInjection);
        }

        return data;
    }

    public static TheoryData<string, string, Construction> NonJsonCases()
    {
        var data = new TheoryData<string, string, Construction>();
        foreach (var provider in new[] { "oks", "imply", "ame", "eks", "lakesail" })
        {
            foreach (var kind in new[] { "text/plain", "text/html" })
            {
                data.Add(provider, kind, Construction.Constructor);
                data.Add(provider, kind, Construction.DependencyInjection);
            }
        }

        return data;
    }

    public static TheoryData<Construction> Constructions() => [Construction.Constructor, Construction.DependencyInjection];

    [Theory]
    [MemberData(nameof(ShapeCases))]
    public async Task Every_error_shape_reaches_messages_and_logs_escaped_and_capped_with_the_raw_body_kept(string provider, string shape, Construction construction)
    {
        var (status, contentType, body) = Shapes[(provider, shape)];
        var error = await FailReadAsync(provider, construction, status, contentType, body);

        AssertCleanException(error);
        Assert.Contains(EvilCleaned, error.Message, StringComparison.Ordinal);
        Assert.Equal(body, error.RawBody);
        Assert.Equal(body, error.Error.RawBody);
    }

    [Theory]
    [MemberData(nameof(NonJsonCases))]
    public async Task A_body_that_is_not_JSON_stays_out_of_the_message_but_is_kept_raw(string provider, string contentType, Construction construction)
    {
        var body = contentType == "text/html" ? $"<html><body><h1>{Evil}</h1></body></html>" : Evil;

        var error = await FailReadAsync(provider, construction, 502, contentType, body);

        AssertCleanException(error);
        Assert.DoesNotContain("start", error.Message, StringComparison.Ordinal);
        Assert.Equal(body, error.RawBody);
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task An_Imply_token_endpoint_refusal_reaches_the_message_clean(Construction construction)
    {
        var logs = new LogCapture();
        var tokenPath = fixture.Emulator.Imply.TokenEndpoint.AbsolutePath;
        await using var server = fixture.NewServer();
        server.Behaviour = exchange => exchange.Request.Path == tokenPath
            ? exchange.RespondAsync(HostileResponse.Json(400, JsonSerializer.Serialize(new { error = Evil, error_description = Evil })))
            : exchange.ForwardAndRespondAsync();
        await using var target = await fixture.TargetAsync("imply", "client-credentials", construction, server, SecurityTargets.QuickResilience(maxRetries: 0), logs.CreateFactory());

        var error = await Assert.ThrowsAnyAsync<CloudApiException>(() => target.ReadAsync());

        AssertCleanException(error);
        AssertCleanLogs(logs);
        Assert.Equal("TokenRequestRefused", error.ErrorCode); // the OAuth code is kept only when it is a plain word
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_failed_LakeSail_operation_reaches_the_message_clean(Construction construction)
    {
        var operation = JsonSerializer.Serialize(new
        {
            id = "op-1",
            operation = Evil,
            status = "failed",
            resourceType = "connection",
            resourceId = "c-1",
            error = new { code = Evil, message = Evil, errorType = Evil, details = new { retryable = true, requestId = Evil, causedBy = Evil, fieldErrors = new Dictionary<string, string> { [Evil] = Evil } } },
        });
        await using var server = fixture.NewServer(exchange => exchange.RespondAsync(HostileResponse.Json(200, operation)));
        await using var target = await fixture.TargetAsync("lakesail", "token", construction, server);
        var provider = (LakeSailConnectionProvider)target.Instance;

        var error = await Assert.ThrowsAsync<CloudOperationFailedException>(() => provider.WaitForOperationAsync("op-1"));

        AssertCleanException(error);
        Assert.Contains(EvilCleaned, error.Message, StringComparison.Ordinal);
        AssertClean(error.Operation.ToString());
    }

    [Theory]
    [MemberData(nameof(Constructions))]
    public async Task A_status_the_server_made_up_reaches_wait_errors_clean(Construction construction)
    {
        var operation = JsonSerializer.Serialize(new { id = "op-2", operation = "sync", status = Evil });
        await using var server = fixture.NewServer(exchange => exchange.Request.Path.Contains("/operations/", StringComparison.Ordinal)
            ? exchange.RespondAsync(HostileResponse.Json(200, operation))
            : RespondWithStatusAsync(exchange, Evil));
        await using var lakesail = await fixture.TargetAsync("lakesail", "token", construction, server);
        await using var oks = await fixture.TargetAsync("oks", "aksk-otp", construction, server);

        var timeout = await Assert.ThrowsAsync<CloudOperationTimeoutException>(() => ((LakeSailConnectionProvider)lakesail.Instance).WaitForOperationAsync("op-2", new WaitOptions { Timeout = TimeSpan.Zero }));
        var wait = await Assert.ThrowsAsync<ClusterWaitException>(() => ((IClusterProvider)oks.Instance).WaitForStatusAsync(fixture.Ids.OksCluster, ClusterStatus.Running, new WaitOptions { Timeout = TimeSpan.Zero }));

        foreach (var message in new[] { timeout.Message, wait.Message })
        {
            AssertClean(message);
            Assert.Contains(@"start\r\nX-Forged", message, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('A', ServerText.MaxShortLength), message, StringComparison.Ordinal);
        }
    }

    private async Task<CloudApiException> FailReadAsync(string provider, Construction construction, int status, string contentType, string body)
    {
        var logs = new LogCapture();
        var response = new HostileResponse(status, [new("Content-Type", contentType)], Encoding.UTF8.GetBytes(body));
        await using var server = fixture.NewServer(exchange => exchange.RespondAsync(response));
        var auth = GeneratedApi.Specs.Single(s => s.Provider == provider).Auth;
        await using var target = await fixture.TargetAsync(provider, auth, construction, server, SecurityTargets.QuickResilience(maxRetries: 0), logs.CreateFactory());

        var error = await Assert.ThrowsAnyAsync<CloudApiException>(() => target.ReadAsync());

        Assert.Equal(status, error.StatusCode);
        AssertCleanLogs(logs);
        return error;
    }

    /// <summary>Answers a GET of one OKS cluster with the emulator's cluster, its status replaced.</summary>
    private static async Task RespondWithStatusAsync(HostileExchange exchange, string status)
    {
        var forwarded = await exchange.ForwardAsync();
        var body = JsonNode.Parse(forwarded.BodyText)!;
        body["Cluster"]!["statuses"]!["status"] = status;
        await exchange.RespondAsync(forwarded with { Body = Encoding.UTF8.GetBytes(body.ToJsonString()) });
    }

    private static void AssertCleanException(CloudApiException error)
    {
        AssertClean(error.Message);
        Assert.True(error.Message.Length <= ServerText.MaxMessageLength, $"message of {error.Message.Length} characters");
        AssertClean(error.Error.ToString());
        Assert.Contains(error.RawBody is null ? "RawBody = none" : $"RawBody = {error.RawBody.Length} characters, not shown", error.Error.ToString(), StringComparison.Ordinal);
        AssertNoForgery(error.ToString());
    }

    /// <summary>No raw control or invisible character, and no run of the long text beyond the cap.</summary>
    private static void AssertClean(string text)
    {
        foreach (var raw in Raw)
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(new string('A', ServerText.MaxLength), text, StringComparison.Ordinal);
    }

    /// <summary>For texts with line breaks of their own (a stack trace): nothing the server sent breaks a line or hides.</summary>
    private static void AssertNoForgery(string text)
    {
        Assert.DoesNotContain("\nX-Forged", text, StringComparison.Ordinal);
        foreach (var raw in Raw.Where(r => r is not ("\r" or "\n")))
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(new string('A', ServerText.MaxLength), text, StringComparison.Ordinal);
    }

    private static void AssertCleanLogs(LogCapture logs)
    {
        Assert.Contains(logs.Entries, e => e.Category.StartsWith("MultiCloudClusters", StringComparison.Ordinal));
        foreach (var entry in logs.Entries)
        {
            // The library's lines are single lines; the HttpClient factory's own lines (DI path) break lines themselves.
            if (entry.Category.StartsWith("MultiCloudClusters", StringComparison.Ordinal))
            {
                AssertClean(entry.Message);
                Assert.All(entry.Values, AssertClean);
            }

            AssertNoForgery(entry.AllText);
        }
    }

    private static (int, string, string) Json(int status, object body) => (status, "application/json", JsonSerializer.Serialize(body));
}
