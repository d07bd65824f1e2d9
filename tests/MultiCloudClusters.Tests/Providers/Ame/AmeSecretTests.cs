using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>The token, join commands, scripts and OIDC client secrets never reach logs, exception messages or ToString().</summary>
public sealed class AmeSecretTests : IDisposable
{
    private const string ClusterId = "production/production-eu";
    private static readonly string[] Secrets =
        [AmeWire.Pat, AmeSamples.JoinCommand, "q7x2kd.9fj3m2lq8w4n1b6z", AmeSamples.CloudInit, AmeSamples.InstallScript, AmeSamples.UpgradeScript, AmeSamples.KubeletConfig, AmeSamples.ClientSecret];

    private readonly AmeWire _wire = new(maxRetryAttempts: 1);

    public void Dispose() => _wire.Dispose();

    [Fact]
    public async Task Secrets_stay_out_of_logs_results_and_exceptions()
    {
        var shown = new List<string>();

        _wire.Respond(200, AmeSamples.JoinConfig);
        var join = await _wire.Provider.GetJoinConfigAsync(ClusterId);
        var poolJoin = await _wire.Provider.GetNodePoolJoinConfigAsync(ClusterId, AmeSamples.PoolIdentity);
        shown.Add(join.ToString());
        shown.Add(poolJoin.ToString());

        _wire.Server.Reset();
        _wire.Respond(200, AmeSamples.OidcConfig);
        var oidc = await _wire.Provider.GetOidcConfigAsync(ClusterId);
        var kubeconfig = await _wire.Provider.GetKubeconfigAsync(ClusterId);
        shown.Add(oidc.ToString());
        shown.Add(kubeconfig.ToString());
        Assert.Contains(AmeSamples.ClientSecret, kubeconfig.Content, StringComparison.Ordinal); // the content is the secret; only ToString hides it

        // A server that echoes the token (or the join command) in its error text.
        _wire.Server.Reset();
        _wire.Respond(401, $$"""{"message":"Invalid token {{AmeWire.Pat}}","details":["token: {{AmeWire.Pat}} is revoked","{{AmeSamples.JoinCommand}}"]}""");
        var unauthorized = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => _wire.Provider.GetClusterAsync(ClusterId));
        shown.Add(unauthorized.Message);
        shown.Add(unauthorized.ToString());
        shown.AddRange(unauthorized.FieldErrors.Select(f => f.ToString()));
        Assert.Contains("Invalid token ***", unauthorized.ErrorMessage, StringComparison.Ordinal);

        _wire.Server.Reset();
        _wire.Respond(500, AmeSamples.JoinConfig);
        var failed = await Assert.ThrowsAnyAsync<CloudApiException>(() => _wire.Provider.GetJoinConfigAsync(ClusterId));
        shown.Add(failed.ToString());

        _wire.Server.Reset();
        _wire.Respond(200, "{\"joinCommand\": " + AmeSamples.JoinCommand);
        var malformed = await Assert.ThrowsAnyAsync<CloudApiException>(() => _wire.Provider.GetJoinConfigAsync(ClusterId));
        shown.Add(malformed.ToString());

        shown.Add(_wire.Provider.ToString());
        shown.Add(AmeWire.Options("https://api.avisi.cloud").ToString());
        shown.AddRange(_wire.Logs.Lines);

        Assert.NotEmpty(_wire.Logs.Lines);
        foreach (var text in shown)
        {
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Options_problems_never_echo_the_token()
    {
        var options = AmeWire.Options("https://api.avisi.cloud");
        options.PersonalAccessToken = "Token " + AmeWire.Pat;

        var error = Assert.Throws<InvalidRequestException>(() => new AmeClusterProvider(options));

        Assert.Contains("Ame.PersonalAccessToken must not contain whitespace", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AmeWire.Pat, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AmeWire.Pat, options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_wrapped_configs_hide_their_secrets_but_keep_them_readable()
    {
        var join = new AmeJoinConfig { JoinCommand = AmeSamples.JoinCommand, InstallScriptBase64 = AmeSamples.InstallScript };
        var oidc = new AmeOidcConfig { ClientId = "c", ClientSecret = AmeSamples.ClientSecret };

        Assert.Equal(AmeSamples.JoinCommand, join.JoinCommand);
        Assert.Equal(AmeSamples.ClientSecret, oidc.ClientSecret);
        Assert.DoesNotContain(AmeSamples.JoinCommand, join.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AmeSamples.InstallScript, join.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AmeSamples.ClientSecret, oidc.ToString(), StringComparison.Ordinal);
        Assert.Contains("hidden", oidc.ToString(), StringComparison.Ordinal);
    }
}
