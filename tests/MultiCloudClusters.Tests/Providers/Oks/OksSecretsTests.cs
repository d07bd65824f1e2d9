using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;
using MultiCloudClusters.Telemetry;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// A full OKS scenario with logging at Trace level: no access key, secret key, password, token, OTP or
/// kubeconfig text may appear in the logs, span tags, exception messages or any ToString(). The logs
/// must still say what was called, so the search cannot pass by finding nothing at all.
/// </summary>
public sealed class OksSecretsTests : IDisposable
{
    private const string AccessKey = "AKSECRETACCESS000001";
    private const string SecretKey = "sk-SECRET-secretkey-000002";
    private const string Password = "pw-SECRET-000003";
    private const string AccessToken = "at-SECRET-000004";
    private const string RefreshToken = "rt-SECRET-000005";
    private const string RotatedAccess = "at-SECRET-ROTATED-000006";
    private const string RotatedRefresh = "rt-SECRET-ROTATED-000007";
    private const string Otp = "918273";
    private const string KubeSecret = "kubeconfig-SECRET-token-000008";

    private static readonly string Yaml = $"""
        apiVersion: v1
        kind: Config
        users:
        - name: admin
          user:
            token: {KubeSecret}
        """;

    private static readonly string[] Secrets =
    [
        AccessKey, SecretKey, Password, AccessToken, RefreshToken, RotatedAccess, RotatedRefresh, Otp, KubeSecret,
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"alice:{Password}")),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Yaml)),
    ];

    private static readonly string ClusterPath = $"/clusters/{OksHarness.ClusterId}";

    private readonly OksHarness _h = new();
    private readonly ConcurrentQueue<string> _spanText = new();
    private readonly ActivityListener _listener;

    public OksSecretsTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ClientTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _spanText.Enqueue(activity.DisplayName + " " + string.Join(" ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _h.Dispose();
    }

    private void Configure(OksOptions o, string auth)
    {
        (o.AccessKey, o.SecretKey) = (null, null);
        o.OtpCode = Otp;
        switch (auth)
        {
            case "accesskey":
                (o.AccessKey, o.SecretKey) = (AccessKey, SecretKey);
                break;
            case "basic":
                (o.Username, o.Password) = ("alice", Password);
                break;
            default:
                (o.AccessToken, o.RefreshToken) = (AccessToken, RefreshToken);
                break;
        }
    }

    private void AnswerEverything()
    {
        var rotate = new Dictionary<string, string> { ["Access-Token"] = RotatedAccess, ["Refresh-Token"] = RotatedRefresh };
        _h.Answer("GET", "/clusters/all", 200, OksHarness.ListResponse(null, OksHarness.ClusterId), ("Access-Token", RotatedAccess), ("Refresh-Token", RotatedRefresh));
        _h.AnswerSequence("GET", ClusterPath, new Reply(503, null, rotate), new Reply(200, OksHarness.ClusterResponse(), rotate));
        _h.Answer("POST", "/clusters", 200, OksHarness.ClusterResponse("pending"));
        _h.Answer("GET", ClusterPath + "/kubeconfig", 200, "{\"Cluster\":{\"data\":{\"kubeconfig\":" + System.Text.Json.JsonSerializer.Serialize(Yaml) + "}}}");
        _h.AnswerWith("POST", ClusterPath + "/kubeconfig", (request, _) =>
        {
            var key = request.Headers!.First(h => string.Equals(h.Key, "x-encrypt-nacl", StringComparison.OrdinalIgnoreCase)).Value[0];
            var box = Sodium.SealedPublicKeyBox.Create(Encoding.UTF8.GetBytes(Yaml), Convert.FromBase64String(key));
            return Reply.Ok("{\"Cluster\":{\"data\":{\"kubeconfig\":\"" + Convert.ToBase64String(box) + "\"}}}");
        });
        _h.Answer("GET", "/clusters/missing", 404, OksHarness.ErrorEnvelope("NotFound", "Cluster not found", 404, "req-404"));
        _h.Answer("PATCH", ClusterPath, 401, OksHarness.ErrorEnvelope("Unauthorized", "Bad credentials", 401, "req-401"), ("WWW-Authenticate", "Basic"));
        _h.Answer("DELETE", ClusterPath, 422, """{"detail":[{"loc":["path","cluster_id"],"msg":"locked","type":"value_error"}]}""");
    }

    [Theory]
    [InlineData("accesskey")]
    [InlineData("basic")]
    [InlineData("jwt")]
    public async Task FullScenario_LeaksNoSecret_Anywhere(string auth)
    {
        AnswerEverything();
        var options = _h.Options(o => Configure(o, auth));
        var provider = new OksClusterProvider(options, loggerFactory: _h.Logs.CreateFactory(), timeProvider: _h.Time);
        var texts = new List<string>();

        var listed = await provider.ListClustersAsync().ToListAsync();
        var got = await _h.Drive(provider.GetClusterAsync(OksHarness.ClusterId));
        var created = await provider.CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "web",
            Version = "1.31",
            Options = new OksClusterOptions { ProjectId = OksHarness.ProjectId, AdminWhitelist = ["203.0.113.7/32"] },
        });
        var sealedConfig = await provider.GetKubeconfigAsync(OksHarness.ClusterId);
        var plainConfig = await provider.GetKubeconfigAsync(OksHarness.ClusterId, new KubeconfigRequest { Encrypted = false });
        Assert.Equal(Yaml, sealedConfig.Content);
        Assert.Equal(Yaml, plainConfig.Content);

        texts.Add((await Assert.ThrowsAsync<CloudNotFoundException>(() => provider.GetClusterAsync("missing"))).ToString());
        texts.Add((await Assert.ThrowsAsync<CloudUnauthorizedException>(() => provider.UpdateClusterAsync(OksHarness.ClusterId, new ClusterUpdateRequest { Tags = new Dictionary<string, string> { ["a"] = "b" } }))).ToString());
        texts.Add((await Assert.ThrowsAsync<CloudValidationException>(() => provider.DeleteClusterAsync(OksHarness.ClusterId))).ToString());
        texts.Add((await Assert.ThrowsAsync<InvalidRequestException>(() => provider.GetKubeconfigAsync(OksHarness.ClusterId, new KubeconfigRequest { User = "system:" + KubeSecret }))).ToString());

        texts.Add(options.ToString());
        texts.Add(OksConfigurationResolver.Resolve(options).ToString());
        texts.Add(OksConfigurationResolver.Resolve(options).Credentials!.ToString());
        texts.Add(provider.ToString()!);
        texts.Add(provider.Capabilities.ToString());
        texts.AddRange(listed.Select(c => c.ToString()));
        texts.Add(got.ToString());
        texts.Add(created.ToString());
        texts.Add(sealedConfig.ToString());
        texts.Add(plainConfig.ToString());

        var logs = _h.Logs.AllText;
        var spans = string.Join(Environment.NewLine, _spanText);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, spans, StringComparison.Ordinal);
            Assert.All(texts, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }

        // The search above only means something if the logs say what happened.
        Assert.Contains(_h.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Trace);
        Assert.Contains($"GET {OksHarness.Prefix}{ClusterPath} answered 200", logs, StringComparison.Ordinal);
        Assert.Contains($"POST {OksHarness.Prefix}/clusters answered 200", logs, StringComparison.Ordinal);
        Assert.Contains($"POST {OksHarness.Prefix}{ClusterPath}/kubeconfig answered 200", logs, StringComparison.Ordinal);
        Assert.Contains($"GET {OksHarness.Prefix}/clusters/missing failed with 404", logs, StringComparison.Ordinal);
        Assert.Contains("req-404", logs, StringComparison.Ordinal);
        Assert.Contains($"PATCH {OksHarness.Prefix}{ClusterPath} failed with 401", logs, StringComparison.Ordinal);
        Assert.Contains(_h.Logs.Entries, e => e.EventId.Id == 3 && e.Message.Contains("503", StringComparison.Ordinal));
        Assert.Contains("Accept", logs, StringComparison.Ordinal);
        Assert.Contains(OksHarness.Prefix + ClusterPath, spans, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_HidesEverySecret()
    {
        var options = new OksOptions
        {
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            Username = "alice",
            Password = Password,
            AccessToken = AccessToken,
            RefreshToken = RefreshToken,
            OtpCode = Otp,
            Endpoint = new Uri("https://oks.example.com/api/v2/"),
        };

        var text = options.ToString();

        Assert.All(Secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
        Assert.Contains("oks.example.com", text, StringComparison.Ordinal);
    }

    /// <summary>BUG (src): user info in the endpoint URL (<c>https://user:password@host</c>) is printed by OksOptions.ToString().</summary>
    [Fact]
    public void Options_ToString_HidesUserInfoOfTheEndpoint()
    {
        var options = new OksOptions { Endpoint = new Uri($"https://alice:{Password}@oks.example.com/api/v2/") };

        Assert.DoesNotContain(Password, options.ToString(), StringComparison.Ordinal);
    }

    /// <summary>BUG (src): OksOptions.ToString() throws for a relative endpoint (Uri.GetLeftPart needs an absolute URI).</summary>
    [Fact]
    public void Options_ToString_DoesNotThrow_ForARelativeEndpoint()
    {
        var options = new OksOptions { Endpoint = new Uri("api/v2/", UriKind.Relative) };

        Assert.Contains("OksOptions", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_ToString_HidesEverySecret()
    {
        foreach (var options in new[]
        {
            new OksOptions { AccessKey = AccessKey, SecretKey = SecretKey, OtpCode = Otp, UseCliConfiguration = false },
            new OksOptions { Username = "alice", Password = Password, UseCliConfiguration = false },
            new OksOptions { AccessToken = AccessToken, RefreshToken = RefreshToken, UseCliConfiguration = false },
        })
        {
            var resolved = OksConfigurationResolver.Resolve(options);

            Assert.All(Secrets, s => Assert.DoesNotContain(s, resolved.Credentials!.ToString(), StringComparison.Ordinal));
            Assert.All(Secrets, s => Assert.DoesNotContain(s, resolved.ToString(), StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(AccessKey, null, null, null)]
    [InlineData(null, SecretKey, null, null)]
    [InlineData(null, null, "alice", null)]
    [InlineData(null, null, null, Password)]
    public void HalfAPair_Exception_DoesNotQuoteTheValue(string? accessKey, string? secretKey, string? user, string? password)
    {
        var ex = Assert.Throws<InvalidRequestException>(() => OksConfigurationResolver.Resolve(new OksOptions
        {
            AccessKey = accessKey,
            SecretKey = secretKey,
            Username = user,
            Password = password,
            UseCliConfiguration = false,
        }));

        Assert.All(Secrets, s => Assert.DoesNotContain(s, ex.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void HalfATokenPair_Exception_DoesNotQuoteTheValue()
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            OksConfigurationResolver.Resolve(new OksOptions { AccessToken = AccessToken, UseCliConfiguration = false }));

        Assert.Equal("Oks.AccessToken", Assert.Single(ex.FieldErrors).Field);
        Assert.DoesNotContain(AccessToken, ex.ToString(), StringComparison.Ordinal);
    }
}
