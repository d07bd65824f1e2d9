using Amazon.Runtime;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Eks;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>How <see cref="EksOptions"/> resolve to a region, an endpoint and a credential source.</summary>
public sealed class EksConfigurationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eks-profiles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Defaults_follow_the_aws_standard_retry_mode()
    {
        var options = new EksOptions();

        Assert.Equal(2, options.Resilience.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Resilience.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Resilience.MaxDelay);
        Assert.True(options.UseSdkDefaults);
        Assert.Equal("MultiCloudClusters:Eks", EksOptions.SectionName);
    }

    [Theory]
    [InlineData("us-east-1", "https://eks.us-east-1.amazonaws.com/")]
    [InlineData("eu-west-3", "https://eks.eu-west-3.amazonaws.com/")]
    [InlineData("cn-north-1", "https://eks.cn-north-1.amazonaws.com.cn/")]
    public void Default_endpoint_is_the_regional_one(string region, string endpoint)
    {
        var resolved = EksConfigurationResolver.Resolve(Keys(o => o.Region = region), NoEnvironment);

        Assert.Equal(new Uri(endpoint), resolved.Endpoint);
        Assert.Equal(region, resolved.Region);
        Assert.Equal("options", resolved.Credentials.Description);
    }

    [Fact]
    public void Endpoint_override_is_kept_with_a_trailing_slash()
    {
        var resolved = EksConfigurationResolver.Resolve(Keys(o => o.Endpoint = new Uri("https://vpce-123.eks.us-east-1.vpce.amazonaws.com")), NoEnvironment);

        Assert.Equal(new Uri("https://vpce-123.eks.us-east-1.vpce.amazonaws.com/"), resolved.Endpoint);
    }

    [Fact]
    public void Region_comes_from_AWS_REGION_then_AWS_DEFAULT_REGION()
    {
        var both = new Dictionary<string, string> { ["AWS_REGION"] = "eu-central-1", ["AWS_DEFAULT_REGION"] = "ap-south-1" };
        var onlyDefault = new Dictionary<string, string> { ["AWS_DEFAULT_REGION"] = "ap-south-1" };

        Assert.Equal("eu-central-1", EksConfigurationResolver.Resolve(Keys(o => o.Region = null), n => both.GetValueOrDefault(n)).Region);
        Assert.Equal("ap-south-1", EksConfigurationResolver.Resolve(Keys(o => o.Region = null), n => onlyDefault.GetValueOrDefault(n)).Region);
        Assert.Equal("us-east-1", EksConfigurationResolver.Resolve(Keys(o => o.Region = "us-east-1"), n => both.GetValueOrDefault(n)).Region);
    }

    public static TheoryData<string, string> BadOptions() => new()
    {
        { "no region", "Eks.Region" },
        { "bad region", "Eks.Region" },
        { "http endpoint", "Eks.Endpoint" },
        { "key without secret", "Eks.AccessKeyId" },
        { "secret without key", "Eks.AccessKeyId" },
        { "token alone", "Eks.SessionToken" },
        { "no credentials without sdk", "Eks.AccessKeyId" },
        { "unknown profile", "Eks.Profile" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_options_are_refused_naming_the_field(string rule, string field)
    {
        var options = Keys(o =>
        {
            switch (rule)
            {
                case "no region": o.Region = null; break;
                case "bad region": o.Region = "US East"; break;
                case "http endpoint": o.Endpoint = new Uri("http://eks.example.com/"); break;
                case "key without secret": o.SecretAccessKey = null; break;
                case "secret without key": o.AccessKeyId = null; break;
                case "token alone": o.AccessKeyId = o.SecretAccessKey = null; break;
                case "no credentials without sdk": o.AccessKeyId = o.SecretAccessKey = o.SessionToken = null; break;
                case "unknown profile": o.Profile = "nope"; o.SharedCredentialsFile = WriteProfiles(); break;
                default: throw new ArgumentOutOfRangeException(nameof(rule));
            }
        });

        var ex = Assert.Throws<InvalidRequestException>(() => EksConfigurationResolver.Resolve(options, NoEnvironment));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.DoesNotContain(EksHost.SecretAccessKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_gives_credentials_and_region()
    {
        var options = new EksOptions { Profile = "dev", SharedCredentialsFile = WriteProfiles(), UseSdkDefaults = false };

        var resolved = EksConfigurationResolver.Resolve(options, NoEnvironment);
        var credentials = await resolved.Credentials.GetCredentialsAsync();

        Assert.Equal("eu-west-3", resolved.Region);
        Assert.Equal("AKIDPROFILE", credentials.AccessKeyId);
        Assert.Equal("profile-secret", credentials.SecretAccessKey);
        Assert.Equal("profile-token", credentials.SessionToken);
        Assert.Equal("profile 'dev'", resolved.Credentials.Description);
    }

    [Fact]
    public void Explicit_keys_win_over_the_profile_and_the_profile_still_gives_the_region()
    {
        var options = Keys(o =>
        {
            o.Region = null;
            o.Profile = "dev";
            o.SharedCredentialsFile = WriteProfiles();
        });

        var resolved = EksConfigurationResolver.Resolve(options, NoEnvironment);

        Assert.Equal("options", resolved.Credentials.Description);
        Assert.Equal("eu-west-3", resolved.Region);
    }

    [Fact]
    public void Credential_source_from_code_is_used_when_no_key_is_set()
    {
        var source = AwsCredentialSource.FromCredentials(EksHost.Credentials, "vault");
        var resolved = EksConfigurationResolver.Resolve(new EksOptions { Region = "us-east-1", CredentialSource = source, UseSdkDefaults = false }, NoEnvironment);

        Assert.Same(source, resolved.Credentials);
    }

    [Fact]
    public void Without_any_setting_the_sdk_default_chain_is_used_lazily()
    {
        var resolved = EksConfigurationResolver.Resolve(new EksOptions { Region = "us-east-1" }, NoEnvironment);

        Assert.Equal("AWS SDK default chain", resolved.Credentials.Description);
    }

    [Fact]
    public async Task Sdk_credentials_are_asked_again_for_every_signature()
    {
        var sdk = new RotatingCredentials();
        var source = AwsCredentialSource.FromSdkCredentials(sdk);

        var first = await source.GetCredentialsAsync();
        var second = await source.GetCredentialsAsync();

        Assert.Equal("AKID1", first.AccessKeyId);
        Assert.Equal("token-1", first.SessionToken);
        Assert.Equal("AKID2", second.AccessKeyId);
        Assert.Equal(2, sdk.Calls);
    }

    [Fact]
    public async Task Sdk_long_term_keys_carry_no_token()
    {
        var credentials = await AwsCredentialSource.FromSdkCredentials(new BasicAWSCredentials("AKIDBASIC", "basic-secret")).GetCredentialsAsync();

        Assert.Equal("AKIDBASIC", credentials.AccessKeyId);
        Assert.Null(credentials.SessionToken);
    }

    [Fact]
    public async Task Failing_sdk_credentials_become_an_unauthorized_error_without_secrets()
    {
        var source = AwsCredentialSource.FromSdkCredentials(new FailingCredentials(), "broken SSO session");

        var ex = await Assert.ThrowsAsync<CloudUnauthorizedException>(() => source.GetCredentialsAsync().AsTask());

        Assert.Equal("CredentialsUnavailable", ex.ErrorCode);
        Assert.Equal(0, ex.StatusCode);
        Assert.False(ex.IsRetryable);
        Assert.Contains("broken SSO session", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingCredentials.Secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_passes_through_the_sdk_lookup()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var source = AwsCredentialSource.FromSdkCredentials(new RotatingCredentials());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.GetCredentialsAsync(cancelled.Token).AsTask());
    }

    [Fact]
    public void Sources_and_options_never_show_keys()
    {
        var options = Keys(_ => { });
        var text = string.Join('\n', options.ToString(), AwsCredentialSource.FromCredentials(EksHost.Credentials).ToString(), EksHost.Credentials.ToString());

        Assert.DoesNotContain(EksHost.SecretAccessKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(EksHost.SessionToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(EksHost.AccessKeyId, text, StringComparison.Ordinal);
    }

    private static string? NoEnvironment(string name) => null;

    private static EksOptions Keys(Action<EksOptions> change)
    {
        var options = new EksOptions
        {
            Region = "us-east-1",
            AccessKeyId = EksHost.AccessKeyId,
            SecretAccessKey = EksHost.SecretAccessKey,
            SessionToken = EksHost.SessionToken,
            UseSdkDefaults = false,
        };
        change(options);
        return options;
    }

    private string WriteProfiles()
    {
        var path = Path.Combine(_dir, "credentials");
        File.WriteAllText(path, """
            [dev]
            aws_access_key_id = AKIDPROFILE
            aws_secret_access_key = profile-secret
            aws_session_token = profile-token
            region = eu-west-3
            """);
        return path;
    }

    private sealed class RotatingCredentials : AWSCredentials
    {
        public int Calls { get; private set; }

        public override ImmutableCredentials GetCredentials()
        {
            Calls++;
            return new ImmutableCredentials($"AKID{Calls}", $"secret-{Calls}", $"token-{Calls}");
        }
    }

    private sealed class FailingCredentials : AWSCredentials
    {
        public const string Secret = "never-shown-secret";

        public override ImmutableCredentials GetCredentials() => throw new AmazonClientException("The SSO session has expired; run aws sso login.");
    }
}
