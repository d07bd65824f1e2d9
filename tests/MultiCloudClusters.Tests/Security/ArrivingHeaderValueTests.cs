using Amazon.Runtime;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 2 of issue 11 for values that do not come from the options: the official CLIs' environment variables,
/// the AWS credential chain and shared credentials files (asked on every attempt), and the Imply token
/// endpoint's answer. Each is refused as a typed error where it arrives, never sent, never a raw FormatException.
/// </summary>
public sealed class ArrivingHeaderValueTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    /// <summary>Hostile value labels.</summary>
    public static TheoryData<string> Labels => [.. HeaderValueTests.Hostile.Select(h => h.Label)];

    /// <summary>Hostile value label × construction path.</summary>
    public static TheoryData<string, Construction> ValueCases => HeaderValueTests.ValueCases;

    [Theory]
    [MemberData(nameof(Labels))]
    public void Oks_environment_variables_are_checked(string label)
    {
        foreach (var (variable, field) in ((string, string)[])[("OKS_ACCESS_KEY", "AccessKey"), ("OKS_SECRET_KEY", "SecretKey"), ("OKS_USERNAME", "Username"), ("OKS_PASSWORD", "Password")])
        {
            var basic = variable is "OKS_USERNAME" or "OKS_PASSWORD";
            var environment = new Dictionary<string, string>
            {
                [basic ? "OKS_USERNAME" : "OKS_ACCESS_KEY"] = "first",
                [basic ? "OKS_PASSWORD" : "OKS_SECRET_KEY"] = "second",
            };
            environment[variable] += HeaderValueTests.Suffix(label);
            var options = new OksOptions { Endpoint = new Uri("http://127.0.0.1:1/api/v2/"), ProfileFile = Path.Combine(Path.GetTempPath(), "no-such-oks-profile.json") };

            var ex = Assert.Throws<InvalidRequestException>(() => OksConfigurationResolver.Resolve(options, name => environment.GetValueOrDefault(name)));

            var error = Assert.Single(ex.FieldErrors);
            Assert.Equal("Oks." + field, error.Field);
            Assert.Equal("must not contain control characters or non-ASCII (from environment)", error.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Ame_token_from_the_environment_is_checked(string label)
    {
        var options = new AmeOptions { Endpoint = new Uri("http://127.0.0.1:1/"), Organisation = "acme" };
        var environment = new Dictionary<string, string> { ["ACLOUD_TOKEN"] = "pat-value" + HeaderValueTests.Suffix(label) };

        var ex = Assert.Throws<InvalidRequestException>(() => AmeClusterProvider.Resolve(options, TimeProvider.System, name => environment.GetValueOrDefault(name)));

        Assert.Contains(ex.FieldErrors, e => e.Field == "Ame.PersonalAccessToken" && e.Message.StartsWith("must not contain whitespace, control characters or non-ASCII", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void LakeSail_token_from_the_environment_is_checked(string label)
    {
        var options = new LakeSailOptions { Endpoint = new Uri("http://127.0.0.1:1/api/v1/") };
        var environment = new Dictionary<string, string> { [LakeSailOptions.TokenEnvironmentVariable] = "token-value" + HeaderValueTests.Suffix(label) };

        var ex = Assert.Throws<InvalidRequestException>(() => LakeSailConnectionProvider.Resolve(options, TimeProvider.System, name => environment.GetValueOrDefault(name)));

        var error = Assert.Single(ex.FieldErrors);
        Assert.Equal("LakeSail.ApiToken", error.Field);
        Assert.Equal("must not contain whitespace, control characters or non-ASCII (from LAKESAIL_API_TOKEN)", error.Message);
    }

    [Theory]
    [MemberData(nameof(ValueCases))]
    public async Task Eks_chain_credentials_are_checked_on_every_attempt(string label, Construction construction)
    {
        foreach (var spoiled in (string[])["SessionToken", "AccessKeyId"])
        {
            var chain = new ChangingCredentials(fixture.Emulator.Eks.AccessKeyId, fixture.Emulator.Eks.SecretAccessKey, SecurityTargets.EksSessionToken);
            await using var server = fixture.NewServer();
            await using var target = await fixture.TargetAsync("eks", "keys-session", construction, server, configureOptions: o =>
            {
                var eks = (EksOptions)o;
                (eks.AccessKeyId, eks.SecretAccessKey, eks.SessionToken) = (null, null, null);
                eks.CredentialSource = AwsCredentialSource.FromSdkCredentials(chain, "test chain");
            });

            await target.ReadAsync(); // control: the chain's first credentials are fine
            Assert.Equal(SecurityTargets.EksSessionToken, Assert.Single(server.Requests).Header("X-Amz-Security-Token"));
            chain.Spoil(spoiled, HeaderValueTests.Suffix(label));
            var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => target.ReadAsync());

            var error = Assert.Single(ex.FieldErrors);
            Assert.Equal("Eks." + spoiled, error.Field);
            Assert.Equal("must not contain whitespace, control characters or non-ASCII (from the test chain)", error.Message);
            Assert.Single(server.Requests);
        }
    }

    [Theory]
    [InlineData("non-ascii", Construction.Constructor)]
    [InlineData("non-ascii", Construction.DependencyInjection)]
    [InlineData("del", Construction.Constructor)]
    [InlineData("del", Construction.DependencyInjection)]
    public async Task Eks_shared_credentials_file_values_are_checked(string label, Construction construction)
    {
        var file = Path.Combine(Path.GetTempPath(), $"aws-credentials-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, $"[hostile]\naws_access_key_id = {fixture.Emulator.Eks.AccessKeyId}\naws_secret_access_key = {fixture.Emulator.Eks.SecretAccessKey}\naws_session_token = token{HeaderValueTests.Suffix(label)}\n");
        try
        {
            await using var server = fixture.NewServer();
            await using var target = await fixture.TargetAsync("eks", "keys-session", construction, server, configureOptions: o =>
            {
                var eks = (EksOptions)o;
                (eks.AccessKeyId, eks.SecretAccessKey, eks.SessionToken) = (null, null, null);
                (eks.Profile, eks.SharedCredentialsFile) = ("hostile", file);
            });

            var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => target.ReadAsync());

            var error = Assert.Single(ex.FieldErrors);
            Assert.Equal("Eks.SessionToken", error.Field);
            Assert.Contains("from the profile 'hostile'", error.Message, StringComparison.Ordinal);
            Assert.Empty(server.Requests);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(ValueCases))]
    public async Task An_imply_token_that_is_no_valid_header_value_is_refused(string label, Construction construction)
    {
        await using var server = fixture.NewServer();
        var tokenPath = server.At(fixture.Emulator.Imply.TokenEndpoint).AbsolutePath;
        var token = System.Text.Json.JsonSerializer.Serialize("issued-token" + HeaderValueTests.Suffix(label));
        server.Behaviour = exchange => exchange.Request.Path == tokenPath
            ? exchange.RespondAsync(HostileResponse.Json(200, $$"""{"access_token":{{token}},"token_type":"Bearer","expires_in":3600}"""))
            : exchange.ForwardAndRespondAsync();
        await using var target = await fixture.TargetAsync("imply", "client-credentials", construction, server);

        var ex = await Assert.ThrowsAnyAsync<CloudApiException>(() => target.ReadAsync());

        Assert.Equal("MalformedTokenResponse", ex.ErrorCode);
        Assert.False(ex.IsRetryable);
        Assert.Contains("must not contain whitespace, control characters or non-ASCII", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("issued-token", ex.ToString(), StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.Equal(tokenPath, r.Path)); // the API never saw it
    }

    /// <summary>AWS SDK credentials whose values can be changed between attempts, as a refreshing chain's are.</summary>
    private sealed class ChangingCredentials(string accessKeyId, string secretAccessKey, string sessionToken) : AWSCredentials
    {
        private ImmutableCredentials _current = new(accessKeyId, secretAccessKey, sessionToken);

        public void Spoil(string value, string suffix) => _current = value == "SessionToken"
            ? new ImmutableCredentials(accessKeyId, secretAccessKey, sessionToken + suffix)
            : new ImmutableCredentials(accessKeyId + suffix, secretAccessKey, sessionToken);

        public override ImmutableCredentials GetCredentials() => _current;
    }
}
