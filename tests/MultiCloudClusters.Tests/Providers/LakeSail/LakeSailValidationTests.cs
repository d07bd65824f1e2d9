using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.LakeSail;

namespace MultiCloudClusters.Tests.Providers.LakeSail;

/// <summary>Every rule refuses before anything is sent: the server never sees the request.</summary>
public sealed class LakeSailValidationTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/LakeSailConnection";

    private readonly LakeSailFixture _f = new();

    public LakeSailValidationTests() => _f.Answer(200, LakeSailFixture.ConnectionJson);

    public void Dispose() => _f.Dispose();

    public static TheoryData<string, string> BlankIds() => new()
    {
        { "get", "connectionId" }, { "update", "connectionId" }, { "delete", "connectionId" }, { "verify", "connectionId" },
        { "template", "connectionId" }, { "download", "connectionId" }, { "downloadStream", "connectionId" }, { "sync", "connectionId" },
        { "regions", "connectionId" }, { "instanceTypes", "connectionId" }, { "operation", "operationId" }, { "wait", "operationId" },
    };

    [Theory]
    [MemberData(nameof(BlankIds))]
    public async Task A_blank_id_is_refused(string operation, string field)
    {
        foreach (var id in new[] { "", "  ", null })
        {
            var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => Run(operation, id!));
            Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
            Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        }

        Assert.Empty(_f.Wire.Server.LogEntries);
    }

    [Theory]
    [InlineData("", "aws", null, null, "request.Name", "required")]
    [InlineData("n", "", null, null, "request.CloudProvider", "required")]
    [InlineData("n", "AWS", null, null, "request.CloudProvider", "lower-case")]
    [InlineData("n", "aws", "12345678901", null, "request.Account.AccountId", "12 digits")]
    [InlineData("n", "aws", "1234567890123", null, "request.Account.AccountId", "12 digits")]
    [InlineData("n", "aws", "12345678901a", null, "request.Account.AccountId", "12 digits")]
    [InlineData("n", "aws", null, "arn:aws:iam::123:role/x", "request.Account.RoleArn", "IAM role ARN")]
    [InlineData("n", "aws", null, "arn:aws:s3:::bucket", "request.Account.RoleArn", "IAM role ARN")]
    [InlineData("n", "aws", "210987654321", Role, "request.Account.RoleArn", "belong to the account")]
    public async Task Create_rules(string name, string cloud, string? accountId, string? roleArn, string field, string rule)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _f.Provider.CreateConnectionAsync(new ConnectionCreateRequest
        {
            Name = name,
            CloudProvider = cloud,
            Account = new CloudAccountConfig { AccountId = accountId, RoleArn = roleArn },
        }));

        var error = Assert.Single(ex.FieldErrors, e => e.Field == field);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_f.Wire.Server.LogEntries);
    }

    [Fact]
    public async Task Create_reports_every_broken_rule_at_once_including_region_and_arns()
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _f.Provider.CreateConnectionAsync(new ConnectionCreateRequest
        {
            Name = " ",
            CloudProvider = "aws",
            Account = new CloudAccountConfig { Region = "Virginia", ExternalIdSecretArn = "secret", StackArn = "stack" },
        }));

        Assert.Equal(
            ["request.Account.ExternalIdSecretArn", "request.Account.Region", "request.Account.StackArn", "request.Name"],
            ex.FieldErrors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Empty(_f.Wire.Server.LogEntries);
    }

    [Fact]
    public async Task Create_accepts_other_clouds_without_aws_formats()
    {
        await _f.Provider.CreateConnectionAsync(new ConnectionCreateRequest { Name = "n", CloudProvider = "gcp", Account = new CloudAccountConfig { AccountId = "my-project" } });

        Assert.Single(_f.Wire.Server.LogEntries);
    }

    [Fact]
    public async Task Update_rules()
    {
        var nothing = await Assert.ThrowsAsync<InvalidRequestException>(() => _f.Provider.UpdateConnectionAsync("C", new ConnectionUpdateRequest()));
        Assert.Equal("request", Assert.Single(nothing.FieldErrors).Field);

        var blank = await Assert.ThrowsAsync<InvalidRequestException>(() => _f.Provider.UpdateConnectionAsync("C", new ConnectionUpdateRequest { Name = "" }));
        Assert.Equal("request.Name", Assert.Single(blank.FieldErrors).Field);

        var role = await Assert.ThrowsAsync<InvalidRequestException>(() => _f.Provider.UpdateConnectionAsync("C", new ConnectionUpdateRequest { Account = new CloudAccountConfig { RoleArn = "role" } }));
        Assert.Equal("request.Account.RoleArn", Assert.Single(role.FieldErrors).Field);

        Assert.Empty(_f.Wire.Server.LogEntries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("arn:aws:iam::123456789012:user/bob")]
    public async Task Verify_refuses_a_bad_role(string roleArn)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _f.Provider.VerifyConnectionAsync("C", roleArn));

        Assert.Equal("roleArn", ex.FieldErrors[0].Field);
        Assert.Empty(_f.Wire.Server.LogEntries);
    }

    [Theory]
    [InlineData("x86", null, null, null, null, "query.Architecture")]
    [InlineData(null, 0, null, null, null, "query.MinVCpus")]
    [InlineData(null, null, 1023, null, null, "query.MinMemoryMiB")]
    [InlineData(null, null, null, 0, null, "query.Limit")]
    [InlineData(null, null, null, 101, null, "query.Limit")]
    [InlineData(null, null, null, null, "Virginia", "query.Region")]
    public async Task Instance_type_filters_are_checked(string? architecture, int? minVCpus, int? minMemoryMiB, int? limit, string? region, string field)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _f.Provider.ListInstanceTypesAsync("C", new InstanceTypeQuery
        {
            Architecture = architecture, MinVCpus = minVCpus, MinMemoryMiB = minMemoryMiB, Limit = limit, Region = region,
        }));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_f.Wire.Server.LogEntries);
    }

    [Fact]
    public async Task Instance_type_filters_at_their_bounds_are_sent()
    {
        _f.Wire.Server.Reset();
        _f.Answer(200, """{ "items": [] }""");

        await _f.Provider.ListInstanceTypesAsync("C", new InstanceTypeQuery { Architecture = "x86_64", MinVCpus = 1, MinMemoryMiB = 1024, Limit = 100 });

        Assert.Single(_f.Wire.Server.LogEntries);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Page_sizes_outside_1_to_100_are_refused(int size)
    {
        var ex = Assert.Throws<InvalidRequestException>(() => _f.Provider.ListConnectionsAsync(new ConnectionQuery { PageSize = size }));
        Assert.Equal("query.PageSize", Assert.Single(ex.FieldErrors).Field);

        await Assert.ThrowsAsync<InvalidRequestException>(async () =>
        {
            await foreach (var _ in _f.Provider.ListConnectionsAsync().AsPages(pageSize: size))
            {
            }
        });

        Assert.Empty(_f.Wire.Server.LogEntries);
    }

    [Fact]
    public void Options_without_a_token_are_refused_naming_the_field()
    {
        var ex = Assert.Throws<InvalidRequestException>(() => new LakeSailConnectionProvider(new LakeSailOptions { UseEnvironment = false }));

        Assert.Equal("LakeSail.ApiToken", Assert.Single(ex.FieldErrors).Field);
        Assert.Contains("LAKESAIL_API_TOKEN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_checks_endpoint_token_characters_and_resilience_together()
    {
        var options = new LakeSailOptions
        {
            Endpoint = new Uri("http://platform.example.com/api/v1/"),
            ApiToken = "abc\ndef",
            UseEnvironment = false,
            Resilience = new Resilience.ResilienceOptions { MaxRetryAttempts = 50 },
        };

        var ex = Assert.Throws<InvalidRequestException>(() => LakeSailConnectionProvider.Resolve(options, TimeProvider.System));

        Assert.Equal(["LakeSail.ApiToken", "LakeSail.Endpoint", "LakeSail.Resilience"], ex.FieldErrors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains("https", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_comes_from_LAKESAIL_API_TOKEN_when_options_have_none()
    {
        var fromEnvironment = LakeSailConnectionProvider.Resolve(new LakeSailOptions(), TimeProvider.System, name => name == "LAKESAIL_API_TOKEN" ? "env-token" : null);
        Assert.NotNull(fromEnvironment.Authenticator);
        Assert.Equal(new Uri("https://platform.lakesail.com/api/v1/"), fromEnvironment.Endpoint);

        Assert.Throws<InvalidRequestException>(() => LakeSailConnectionProvider.Resolve(new LakeSailOptions { UseEnvironment = false }, TimeProvider.System, _ => "env-token"));
    }

    private Task Run(string operation, string id)
    {
        var p = _f.Provider;
        return operation switch
        {
            "get" => p.GetConnectionAsync(id),
            "update" => p.UpdateConnectionAsync(id, new ConnectionUpdateRequest { Name = "n" }),
            "delete" => p.DeleteConnectionAsync(id),
            "verify" => p.VerifyConnectionAsync(id),
            "template" => p.GetTemplateAsync(id),
            "download" => p.DownloadTemplateAsync(id),
            "downloadStream" => p.DownloadTemplateAsync(id, Stream.Null),
            "sync" => p.SyncTemplateAsync(id),
            "regions" => p.ListRegionsAsync(id),
            "instanceTypes" => p.ListInstanceTypesAsync(id),
            "operation" => p.GetOperationAsync(id),
            "wait" => p.WaitForOperationAsync(id),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }
}
