using System.Text.RegularExpressions;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>The checks every LakeSail request passes before it is sent; each broken rule names its field.</summary>
internal static partial class LakeSailRequestRules
{
    private static readonly string[] Architectures = ["x86_64", "arm64"];

    public static void Id(string field, string? value) => new RequestValidator().PathSegment(field, value).ThrowIfInvalid();

    public static void PageSize(string field, int? value) => new RequestValidator().Range(field, value, 1, 100).ThrowIfInvalid();

    public static void Create(ConnectionCreateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validator = new RequestValidator()
            .Required("request.Name", request.Name)
            .Required("request.CloudProvider", request.CloudProvider)
            .Matches("request.CloudProvider", string.IsNullOrWhiteSpace(request.CloudProvider) ? null : request.CloudProvider, CloudProviderPattern(), "a lower-case cloud key such as aws")
            .Required("request.Account", request.Account);
        if (request.Account is { } account)
        {
            Account(validator, "request.Account", request.CloudProvider, account);
        }

        validator.ThrowIfInvalid();
    }

    public static void Update(string connectionId, ConnectionUpdateRequest request)
    {
        Id("connectionId", connectionId);
        ArgumentNullException.ThrowIfNull(request);
        var validator = new RequestValidator();
        if (request.Name is null && request.Account is null)
        {
            validator.Fail("request", "must change at least one of Name and Account");
        }

        if (request.Name is not null)
        {
            validator.Required("request.Name", request.Name);
        }

        if (request.Account is { } account)
        {
            // The cloud of an existing connection is not known here; the AWS formats are the only ones documented.
            Account(validator, "request.Account", "aws", account);
        }

        validator.ThrowIfInvalid();
    }

    public static void Verify(string connectionId, string? roleArn)
    {
        Id("connectionId", connectionId);
        var validator = new RequestValidator();
        if (roleArn is not null)
        {
            validator.Required("roleArn", roleArn).Matches("roleArn", roleArn, RoleArnPattern(), "an IAM role ARN such as arn:aws:iam::123456789012:role/Name");
        }

        validator.ThrowIfInvalid();
    }

    public static void InstanceTypes(string connectionId, InstanceTypeQuery? query)
    {
        Id("connectionId", connectionId);
        if (query is null)
        {
            return;
        }

        var validator = new RequestValidator()
            .Matches("query.Region", query.Region, RegionPattern(), "a region code such as us-east-1")
            .Range("query.MinVCpus", query.MinVCpus, 1, int.MaxValue)
            .Range("query.MinMemoryMiB", query.MinMemoryMiB, 1024, int.MaxValue)
            .Range("query.Limit", query.Limit, 1, 100);
        if (query.Architecture is not null && !Architectures.Contains(query.Architecture, StringComparer.Ordinal))
        {
            validator.Fail("query.Architecture", $"must be one of {string.Join(", ", Architectures)} (got '{query.Architecture}')");
        }

        validator.ThrowIfInvalid();
    }

    private static void Account(RequestValidator validator, string prefix, string? cloud, CloudAccountConfig account)
    {
        if (!string.Equals(cloud, "aws", StringComparison.Ordinal))
        {
            return;
        }

        validator
            .Matches($"{prefix}.AccountId", account.AccountId, AccountIdPattern(), "exactly 12 digits")
            .Matches($"{prefix}.Region", account.Region, RegionPattern(), "a region code such as us-east-1")
            .Matches($"{prefix}.RoleArn", account.RoleArn, RoleArnPattern(), "an IAM role ARN such as arn:aws:iam::123456789012:role/Name")
            .Matches($"{prefix}.ExternalIdSecretArn", account.ExternalIdSecretArn, SecretArnPattern(), "a Secrets Manager ARN")
            .Matches($"{prefix}.StackArn", account.StackArn, StackArnPattern(), "a CloudFormation stack ARN");

        // A role in another account than the connected one cannot be the connection's role.
        if (account.AccountId is { } id && account.RoleArn is { } arn && RoleArnPattern().Match(arn) is { Success: true } match
            && match.Groups["account"].Value != id)
        {
            validator.Fail($"{prefix}.RoleArn", "must belong to the account given in AccountId");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex CloudProviderPattern();

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d+$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:iam::(?<account>\d{12}):role/[A-Za-z0-9+=,.@_/-]{1,512}$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$")]
    private static partial Regex SecretArnPattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:cloudformation:[a-z0-9-]+:\d{12}:stack/.+$")]
    private static partial Regex StackArnPattern();
}
