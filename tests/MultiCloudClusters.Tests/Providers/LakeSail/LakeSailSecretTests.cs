using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.LakeSail;
using static MultiCloudClusters.Tests.Providers.LakeSail.LakeSailFixture;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>The API token never shows up in logs (Trace level), exception messages or ToString().</summary>
public sealed class LakeSailSecretTests : IDisposable
{
    private readonly LakeSailFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task The_token_is_sent_but_never_logged_or_shown()
    {
        var shown = new List<string>();

        _f.Answer(200, ConnectionJson);
        var connection = await _f.Provider.GetConnectionAsync("C0NN3CT10N");
        shown.Add(connection.ToString());

        _f.Wire.Server.Reset();
        _f.Answer(401, """{ "error": { "code": "UNAUTHENTICATED", "message": "token rejected" } }""");
        var unauthorized = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => _f.Provider.GetConnectionAsync("C0NN3CT10N"));
        shown.Add(unauthorized.Message);
        shown.Add(unauthorized.ToString());

        _f.Wire.Server.Reset();
        _f.Answer(200, """{ "id": "op-1", "status": "failed", "error": { "code": "E", "message": "failed" } }""");
        var operation = await _f.Provider.SyncTemplateAsync("C0NN3CT10N");
        var failed = await Assert.ThrowsAsync<CloudOperationFailedException>(() => operation.WaitForCompletionAsync());
        shown.Add(failed.Message);
        shown.Add(failed.ToString());
        shown.Add(operation.ToString());

        _f.Wire.Server.Reset();
        _f.Answer(200, "{ not json");
        var malformed = await Assert.ThrowsAsync<CloudApiException>(() => _f.Provider.GetConnectionAsync("C0NN3CT10N"));
        shown.Add(malformed.ToString());

        shown.Add(_f.Options.ToString());
        shown.Add(_f.Provider.ToString()!);
        shown.Add(LakeSailConnectionProvider.Resolve(_f.Options, TimeProvider.System).ToString());

        Assert.Contains("Bearer " + Token, Assert.Single(_f.Wire.Server.LogEntries).RequestMessage!.Headers!["Authorization"]);
        Assert.NotEmpty(_f.Logs.Lines);
        Assert.Contains(_f.Logs.Lines, l => l.Contains("header", StringComparison.Ordinal));
        Assert.DoesNotContain(Token, _f.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Authorization", _f.Logs.All, StringComparison.OrdinalIgnoreCase);
        Assert.All(shown, text => Assert.DoesNotContain(Token, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_say_a_token_is_set_without_showing_it()
    {
        var text = new LakeSailOptions { ApiToken = Token }.ToString();

        Assert.Contains("hidden", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
    }
}
