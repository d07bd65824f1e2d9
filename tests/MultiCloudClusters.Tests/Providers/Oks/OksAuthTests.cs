using System.Text;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// OKS authentication on the wire (access key, Basic, JWT with rotation, OTP) and where credentials
/// come from (options, the CLI's environment variables, its profile file), plus the endpoint rules.
/// </summary>
public sealed class OksAuthTests : IDisposable
{
    private readonly OksHarness _h = new();
    private readonly List<string> _tempFiles = [];

    public void Dispose()
    {
        _h.Dispose();
        foreach (var file in _tempFiles)
        {
            File.Delete(file);
        }
    }

    private void AnswerGet() => _h.Answer("GET", $"/clusters/{OksHarness.ClusterId}", 200, OksHarness.ClusterResponse());

    private static OksOptions NoCredentials(Action<OksOptions>? configure = null)
    {
        var options = new OksOptions { UseCliConfiguration = true, ProfileFile = "/nonexistent/oks-profile.json" };
        configure?.Invoke(options);
        return options;
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.GetValueOrDefault(name);
    }

    private string ProfileFile(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oks-profile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        _tempFiles.Add(path);
        return path;
    }

    private const string Profiles = """
        {
          "default": { "type": "ak/sk", "access_key": "AK-DEFAULT", "secret_key": "SK-DEFAULT", "region_name": "eu-west-2" },
          "work": { "type": "username/password", "username": "alice", "password": "pw-work-1", "region_name": "cloudgouv-eu-west-1" },
          "lab": { "type": "ak/sk", "access_key": "AK-LAB", "secret_key": "SK-LAB", "region_name": "eu-west-2", "endpoint": "https://oks.lab.example.com/api/v2/" }
        }
        """;

    // ------------------------------------------------------------------ on the wire

    [Fact]
    public async Task AccessKey_SendsAccessKeyAndSecretKeyHeaders_AndNothingElse()
    {
        AnswerGet();

        await _h.Provider.GetClusterAsync(OksHarness.ClusterId);

        var entry = Assert.Single(_h.Requests);
        Assert.Equal(OksHarness.AccessKey, OksHarness.Header(entry, "AccessKey"));
        Assert.Equal(OksHarness.SecretKey, OksHarness.Header(entry, "SecretKey"));
        Assert.Null(OksHarness.Header(entry, "Authorization"));
        Assert.Null(OksHarness.Header(entry, "AccessToken"));
        Assert.Null(OksHarness.Header(entry, "X-OTP-Code"));
    }

    [Fact]
    public async Task Basic_SendsAuthorizationBasicOfLoginAndPassword()
    {
        AnswerGet();
        var provider = _h.CreateProvider(o => (o.AccessKey, o.SecretKey, o.Username, o.Password) = (null, null, "alice@example.com", "p@ss:w0rd"));

        await provider.GetClusterAsync(OksHarness.ClusterId);

        var entry = Assert.Single(_h.Requests);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alice@example.com:p@ss:w0rd")), OksHarness.Header(entry, "Authorization"));
        Assert.Null(OksHarness.Header(entry, "AccessKey"));
        Assert.Null(OksHarness.Header(entry, "SecretKey"));
    }

    [Fact]
    public async Task Jwt_SendsTokenHeaders_AndTakesUpRotatedTokensForTheNextRequest()
    {
        _h.AnswerSequence(
            "GET",
            $"/clusters/{OksHarness.ClusterId}",
            new Reply(200, OksHarness.ClusterResponse(), new Dictionary<string, string> { ["Access-Token"] = "access-2", ["Refresh-Token"] = "refresh-2" }),
            Reply.Ok(OksHarness.ClusterResponse()));
        var provider = _h.CreateProvider(o => (o.AccessKey, o.SecretKey, o.AccessToken, o.RefreshToken) = (null, null, "access-1", "refresh-1"));

        await provider.GetClusterAsync(OksHarness.ClusterId);
        await provider.GetClusterAsync(OksHarness.ClusterId);

        Assert.Collection(
            _h.Requests,
            first =>
            {
                Assert.Equal("access-1", OksHarness.Header(first, "AccessToken"));
                Assert.Equal("refresh-1", OksHarness.Header(first, "RefreshToken"));
                Assert.Null(OksHarness.Header(first, "Authorization"));
                Assert.Null(OksHarness.Header(first, "AccessKey"));
            },
            second =>
            {
                Assert.Equal("access-2", OksHarness.Header(second, "AccessToken"));
                Assert.Equal("refresh-2", OksHarness.Header(second, "RefreshToken"));
            });
    }

    [Fact]
    public async Task Jwt_TokensRotatedOnAFailedAttempt_AreUsedByTheRetry()
    {
        _h.AnswerSequence(
            "GET",
            $"/clusters/{OksHarness.ClusterId}",
            new Reply(503, null, new Dictionary<string, string> { ["Access-Token"] = "access-2", ["Refresh-Token"] = "refresh-2" }),
            Reply.Ok(OksHarness.ClusterResponse()));
        var provider = _h.CreateProvider(o => (o.AccessKey, o.SecretKey, o.AccessToken, o.RefreshToken) = (null, null, "access-1", "refresh-1"));

        await _h.Drive(provider.GetClusterAsync(OksHarness.ClusterId));

        Assert.Equal(2, _h.Requests.Count);
        Assert.Equal("access-1", OksHarness.Header(_h.Requests[0], "AccessToken"));
        Assert.Equal("access-2", OksHarness.Header(_h.Requests[1], "AccessToken"));
        Assert.Equal("refresh-2", OksHarness.Header(_h.Requests[1], "RefreshToken"));
    }

    [Fact]
    public async Task Jwt_RotatingOnlyTheAccessToken_KeepsTheRefreshToken()
    {
        _h.AnswerSequence(
            "GET",
            $"/clusters/{OksHarness.ClusterId}",
            new Reply(200, OksHarness.ClusterResponse(), new Dictionary<string, string> { ["Access-Token"] = "access-2" }),
            Reply.Ok(OksHarness.ClusterResponse()));
        var provider = _h.CreateProvider(o => (o.AccessKey, o.SecretKey, o.AccessToken, o.RefreshToken) = (null, null, "access-1", "refresh-1"));

        await provider.GetClusterAsync(OksHarness.ClusterId);
        await provider.GetClusterAsync(OksHarness.ClusterId);

        var second = _h.Requests[1];
        Assert.Equal("access-2", OksHarness.Header(second, "AccessToken"));
        Assert.Equal("refresh-1", OksHarness.Header(second, "RefreshToken"));
    }

    [Fact]
    public async Task AccessKeyAuth_IgnoresTokenHeadersInResponses()
    {
        _h.AnswerSequence(
            "GET",
            $"/clusters/{OksHarness.ClusterId}",
            new Reply(200, OksHarness.ClusterResponse(), new Dictionary<string, string> { ["Access-Token"] = "access-2", ["Refresh-Token"] = "refresh-2" }),
            Reply.Ok(OksHarness.ClusterResponse()));

        await _h.Provider.GetClusterAsync(OksHarness.ClusterId);
        await _h.Provider.GetClusterAsync(OksHarness.ClusterId);

        var second = _h.Requests[1];
        Assert.Equal(OksHarness.AccessKey, OksHarness.Header(second, "AccessKey"));
        Assert.Null(OksHarness.Header(second, "AccessToken"));
    }

    [Fact]
    public async Task Jwt_WinsOverAccessKey_WhenBothAreSet()
    {
        AnswerGet();
        var provider = _h.CreateProvider(o => (o.AccessToken, o.RefreshToken) = ("access-1", "refresh-1"));

        await provider.GetClusterAsync(OksHarness.ClusterId);

        var entry = Assert.Single(_h.Requests);
        Assert.Equal("access-1", OksHarness.Header(entry, "AccessToken"));
        Assert.Null(OksHarness.Header(entry, "AccessKey"));
    }

    [Fact]
    public async Task Otp_IsSentInXOtpCode()
    {
        AnswerGet();
        var provider = _h.CreateProvider(o => o.OtpCode = "123456");

        await provider.GetClusterAsync(OksHarness.ClusterId);

        var entry = Assert.Single(_h.Requests);
        Assert.Equal("123456", OksHarness.Header(entry, "X-OTP-Code"));
        Assert.Equal(OksHarness.AccessKey, OksHarness.Header(entry, "AccessKey"));
    }

    [Fact]
    public async Task EndpointWithoutTrailingSlash_StillKeepsTheApiPrefix()
    {
        AnswerGet();
        var provider = _h.CreateProvider(o => o.Endpoint = new Uri(_h.Server.Url + OksHarness.Prefix));

        await provider.GetClusterAsync(OksHarness.ClusterId);

        Assert.Equal($"{OksHarness.Prefix}/clusters/{OksHarness.ClusterId}", Assert.Single(_h.Requests).RequestMessage!.Path);
    }

    [Fact]
    public async Task Profile_FromFileAndOptions_IsWhatTheProviderSends()
    {
        AnswerGet();
        var file = ProfileFile(Profiles);
        var provider = _h.CreateProvider(o =>
        {
            (o.AccessKey, o.SecretKey) = (null, null);
            o.UseCliConfiguration = true;
            o.ProfileFile = file;
            o.Profile = "lab";
        });

        await provider.GetClusterAsync(OksHarness.ClusterId);

        var entry = Assert.Single(_h.Requests);
        Assert.Equal("AK-LAB", OksHarness.Header(entry, "AccessKey"));
        Assert.Equal("SK-LAB", OksHarness.Header(entry, "SecretKey"));
    }

    [Fact]
    public void Provider_WithoutAnyCredentials_IsRefusedWithTheRule()
    {
        var ex = Assert.Throws<InvalidRequestException>(() => new OksClusterProvider(new OksOptions { Endpoint = _h.Endpoint, UseCliConfiguration = false }));

        Assert.Contains("credentials were not found", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Requests);
    }

    // ------------------------------------------------------------------ resolution

    [Fact]
    public void Environment_AccessKey_IsUsed_WithTheDefaultRegionEndpoint()
    {
        var resolved = OksConfigurationResolver.Resolve(NoCredentials(), Env(("OKS_ACCESS_KEY", "AK-ENV"), ("OKS_SECRET_KEY", "SK-ENV")));

        Assert.Equal(OksAuthKind.AccessKey, resolved.Credentials!.Kind);
        Assert.Equal("environment", resolved.Credentials.Source);
        Assert.Equal("eu-west-2", resolved.Region);
        Assert.Equal(new Uri("https://api.eu-west-2.oks.outscale.com/api/v2/"), resolved.Endpoint);
    }

    [Fact]
    public void Environment_UsernameAndPassword_GiveBasic()
    {
        var resolved = OksConfigurationResolver.Resolve(NoCredentials(), Env(("OKS_USERNAME", "alice"), ("OKS_PASSWORD", "pw")));

        Assert.Equal(OksAuthKind.Basic, resolved.Credentials!.Kind);
        Assert.Equal("environment", resolved.Credentials.Source);
    }

    [Fact]
    public void Environment_RegionAndEndpoint_AreUsed()
    {
        var byRegion = OksConfigurationResolver.Resolve(NoCredentials(), Env(("OKS_REGION", "cloudgouv-eu-west-1")));
        var byEndpoint = OksConfigurationResolver.Resolve(NoCredentials(), Env(("OKS_ENDPOINT", "https://oks.example.com/api/v2")));

        Assert.Equal("cloudgouv-eu-west-1", byRegion.Region);
        Assert.Equal(new Uri("https://api.cloudgouv-eu-west-1.oks.outscale.com/api/v2/"), byRegion.Endpoint);
        Assert.Equal(new Uri("https://oks.example.com/api/v2/"), byEndpoint.Endpoint);
    }

    [Fact]
    public void Options_WinOverEnvironment()
    {
        var resolved = OksConfigurationResolver.Resolve(
            NoCredentials(o => (o.Username, o.Password) = ("bob", "pw")),
            Env(("OKS_ACCESS_KEY", "AK-ENV"), ("OKS_SECRET_KEY", "SK-ENV")));

        Assert.Equal(OksAuthKind.Basic, resolved.Credentials!.Kind);
        Assert.Equal("options", resolved.Credentials.Source);
    }

    [Fact]
    public void UseCliConfigurationOff_IgnoresEnvironmentAndProfile()
    {
        var file = ProfileFile(Profiles);
        var resolved = OksConfigurationResolver.Resolve(
            new OksOptions { UseCliConfiguration = false, ProfileFile = file },
            Env(("OKS_ACCESS_KEY", "AK-ENV"), ("OKS_SECRET_KEY", "SK-ENV"), ("OKS_REGION", "cloudgouv-eu-west-1")));

        Assert.Null(resolved.Credentials);
        Assert.Equal("eu-west-2", resolved.Region);
    }

    [Fact]
    public void Environment_HalfAPair_IsRefusedNamingTheRule()
    {
        var ex = Assert.Throws<InvalidRequestException>(() => OksConfigurationResolver.Resolve(NoCredentials(), Env(("OKS_ACCESS_KEY", "AK-ENV"))));

        Assert.Equal("Oks.AccessKey", Assert.Single(ex.FieldErrors).Field);
        Assert.Contains("together", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AK-ENV", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_ChosenByOksProfile_IsRead()
    {
        var file = ProfileFile(Profiles);

        var resolved = OksConfigurationResolver.Resolve(new OksOptions { ProfileFile = file }, Env(("OKS_PROFILE", "work")));

        Assert.Equal(OksAuthKind.Basic, resolved.Credentials!.Kind);
        Assert.Equal("profile 'work'", resolved.Credentials.Source);
        Assert.Equal("cloudgouv-eu-west-1", resolved.Region);
        Assert.Equal(new Uri("https://api.cloudgouv-eu-west-1.oks.outscale.com/api/v2/"), resolved.Endpoint);
    }

    [Fact]
    public void Profile_DefaultIsUsed_WhenNoneIsNamed()
    {
        var resolved = OksConfigurationResolver.Resolve(new OksOptions { ProfileFile = ProfileFile(Profiles) }, Env());

        Assert.Equal(OksAuthKind.AccessKey, resolved.Credentials!.Kind);
        Assert.Equal("profile 'default'", resolved.Credentials.Source);
    }

    [Fact]
    public void Profile_EndpointOfTheProfile_IsUsed()
    {
        var resolved = OksConfigurationResolver.Resolve(new OksOptions { ProfileFile = ProfileFile(Profiles), Profile = "lab" }, Env());

        Assert.Equal(new Uri("https://oks.lab.example.com/api/v2/"), resolved.Endpoint);
    }

    [Fact]
    public void Environment_WinsOverProfile()
    {
        var resolved = OksConfigurationResolver.Resolve(
            new OksOptions { ProfileFile = ProfileFile(Profiles) },
            Env(("OKS_ACCESS_KEY", "AK-ENV"), ("OKS_SECRET_KEY", "SK-ENV"), ("OKS_PROFILE", "work")));

        Assert.Equal("environment", resolved.Credentials!.Source);
    }

    [Fact]
    public void Profile_NotInTheFile_IsRefused()
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            OksConfigurationResolver.Resolve(new OksOptions { ProfileFile = ProfileFile(Profiles) }, Env(("OKS_PROFILE", "missing"))));

        Assert.Equal("Oks.Profile", Assert.Single(ex.FieldErrors).Field);
    }

    [Fact]
    public void ProfileFile_Missing_WithANamedProfile_IsRefused()
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            OksConfigurationResolver.Resolve(new OksOptions { ProfileFile = "/nonexistent/oks.json", Profile = "work" }, Env()));

        Assert.Equal("Oks.ProfileFile", Assert.Single(ex.FieldErrors).Field);
    }

    [Fact]
    public void ProfileFile_NotJson_IsRefused()
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            OksConfigurationResolver.Resolve(new OksOptions { ProfileFile = ProfileFile("{ not json") }, Env()));

        Assert.Equal("Oks.ProfileFile", Assert.Single(ex.FieldErrors).Field);
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://api.example.com/api/v2/")]
    [InlineData("http://10.0.0.5:8080/api/v2/")]
    [InlineData("http://127.0.0.1.example.com/api/v2/")]
    [InlineData("ftp://127.0.0.1/api/v2/")]
    public void Endpoint_PlainHttpOffLoopback_IsRefused(string endpoint)
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            OksConfigurationResolver.Resolve(new OksOptions { Endpoint = new Uri(endpoint), AccessKey = "a", SecretKey = "b", UseCliConfiguration = false }));

        Assert.Equal("Oks.Endpoint", Assert.Single(ex.FieldErrors).Field);
        Assert.Contains("https://", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/api/v2/")]
    [InlineData("http://localhost:8080/api/v2/")]
    [InlineData("http://[::1]:8080/api/v2/")]
    [InlineData("https://oks.example.com/api/v2/")]
    public void Endpoint_HttpsOrLoopback_IsAccepted(string endpoint)
    {
        var resolved = OksConfigurationResolver.Resolve(new OksOptions { Endpoint = new Uri(endpoint), AccessKey = "a", SecretKey = "b", UseCliConfiguration = false });

        Assert.Equal(new Uri(endpoint), resolved.Endpoint);
    }

    [Fact]
    public void Environment_PlainHttpEndpoint_IsRefusedToo()
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            OksConfigurationResolver.Resolve(NoCredentials(), Env(("OKS_ENDPOINT", "http://oks.example.com/api/v2/"))));

        Assert.Equal("Oks.Endpoint", Assert.Single(ex.FieldErrors).Field);
    }

    /// <summary>BUG (src): a relative endpoint (e.g. bound from configuration as "api/v2") throws InvalidOperationException from Uri.AbsoluteUri instead of a field error.</summary>
    [Fact]
    public void Endpoint_Relative_IsRefusedAsAFieldError()
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            OksConfigurationResolver.Resolve(new OksOptions { Endpoint = new Uri("api/v2/", UriKind.Relative), AccessKey = "a", SecretKey = "b", UseCliConfiguration = false }));

        Assert.Equal("Oks.Endpoint", Assert.Single(ex.FieldErrors).Field);
    }

    [Fact]
    public void UnknownRegion_WithoutEndpoint_IsRefused()
    {
        var ex = Assert.Throws<InvalidRequestException>(() =>
            OksConfigurationResolver.Resolve(new OksOptions { Region = "us-east-1", UseCliConfiguration = false }));

        Assert.Equal("Oks.Region", Assert.Single(ex.FieldErrors).Field);
        Assert.Contains("eu-west-2", ex.Message, StringComparison.Ordinal);
    }
}
