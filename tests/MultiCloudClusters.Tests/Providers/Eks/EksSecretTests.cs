using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Eks;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>Secret key, session token, signatures and activation code never reach logs, messages or ToString().</summary>
public sealed class EksSecretTests : IDisposable
{
    private readonly EksHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task No_secret_in_trace_logs_exceptions_or_ToString()
    {
        _host.Answer("POST", "/cluster-registrations", 200, EksJson.Registered);
        _host.AnswerInTurn(
            "GET",
            "/clusters/edge-1",
            (500, EksJson.Error("ServerException", "internal failure")),
            (403, EksJson.Error("AccessDeniedException", "User is not authorized")));
        _host.Answer("GET", "/clusters/throttled", 429, EksJson.Error("TooManyRequestsException", "Rate exceeded"));

        var registration = await _host.Provider.RegisterClusterAsync(new ClusterCreateRequest
        {
            Name = "edge-1",
            Options = new EksClusterOptions { ConnectorProvider = "OTHER", RoleArn = "arn:aws:iam::123456789012:role/eks-connector-agent" },
        });
        var denied = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => _host.DriveAsync(() => _host.Provider.GetClusterAsync("edge-1")));
        var throttled = await Assert.ThrowsAsync<CloudThrottledException>(() => _host.DriveAsync(() => _host.Provider.GetClusterAsync("throttled")));

        var signatures = _host.Received.Select(SignatureCheck.Signature).ToList();
        Assert.Equal(6, signatures.Count);
        Assert.NotEmpty(_host.Logs.Lines);
        Assert.Contains(_host.Logs.Lines, l => l.StartsWith("Trace", StringComparison.Ordinal));

        var seen = string.Join(
            '\n',
            _host.Logs.All,
            denied.ToString(),
            throttled.ToString(),
            registration.ToString(),
            registration.Cluster.ToString(),
            registration.Instructions,
            _host.Options.ToString(),
            EksHost.Credentials.ToString());
        string[] secrets = [EksHost.SecretAccessKey, EksHost.SessionToken, EksJson.ActivationCode, .. signatures];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, seen, StringComparison.Ordinal);
        }

        Assert.Equal(EksJson.ActivationCode, registration.ActivationCode);
        Assert.Contains("ActivationCode=hidden", registration.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_lookup_failure_through_the_provider_is_typed_and_sends_nothing()
    {
        using var host = new EksHost(o =>
        {
            o.AccessKeyId = o.SecretAccessKey = o.SessionToken = null;
            o.CredentialSource = AwsCredentialSource.FromDelegate(_ => throw new CloudUnauthorizedException(new CloudError
            {
                Provider = "eks",
                ErrorCode = "CredentialsUnavailable",
                Message = "no credentials",
                Kind = CloudErrorKind.Unauthorized,
                RetryableHint = false,
            }));
        });

        var ex = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => host.Provider.GetClusterAsync("prod"));

        Assert.Equal("CredentialsUnavailable", ex.ErrorCode);
        Assert.Empty(host.Server.LogEntries);
    }

    [Fact]
    public async Task Every_attempt_is_signed_with_the_credentials_current_at_that_time()
    {
        var calls = 0;
        using var host = new EksHost(o =>
        {
            o.AccessKeyId = o.SecretAccessKey = o.SessionToken = null;
            o.CredentialSource = AwsCredentialSource.FromDelegate(_ => ValueTask.FromResult(new AwsCredentials($"ASIA{++calls}", $"rotated-secret-{calls}", $"rotated-token-{calls}")), "rotating");
        });
        host.AnswerInTurn("GET", "/clusters/prod", (503, EksJson.Error("ServiceUnavailableException", "try later")), (200, EksJson.Cluster("prod", "ACTIVE")));

        await host.DriveAsync(() => host.Provider.GetClusterAsync("prod"));

        var entries = host.Received;
        Assert.Equal(2, entries.Count);
        SignatureCheck.AssertSigned(entries[0], new AwsCredentials("ASIA1", "rotated-secret-1", "rotated-token-1"), EksHost.Region);
        SignatureCheck.AssertSigned(entries[1], new AwsCredentials("ASIA2", "rotated-secret-2", "rotated-token-2"), EksHost.Region);
    }
}
