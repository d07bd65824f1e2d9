using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Eks;

/// <summary>Each rule refuses a request before anything is sent, naming the field and the rule.</summary>
public sealed class EksValidationTests : IDisposable
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/eks-connector-agent";
    private readonly EksHost _host = new();

    public void Dispose() => _host.Dispose();

    public static TheoryData<string, string, string> RegisterRules() => new()
    {
        // case, field, words of the rule
        { "name empty", "request.Name", "required" },
        { "name too long", "request.Name", "1 to 100" },
        { "name starts with dash", "request.Name", "must match" },
        { "name has a space", "request.Name", "must match" },
        { "options missing", "request.Options", "required" },
        { "options of another provider", "request.Options", "EksClusterOptions" },
        { "connector provider missing", "request.Options.ConnectorProvider", "required" },
        { "connector provider unknown", "request.Options.ConnectorProvider", "must be one of EKS_ANYWHERE, ANTHOS, GKE, AKS, OPENSHIFT, TANZU, RANCHER, EC2, OTHER" },
        { "role arn missing", "request.Options.RoleArn", "required" },
        { "role arn not an iam role", "request.Options.RoleArn", "must match" },
        { "role arn account not 12 digits", "request.Options.RoleArn", "must match" },
        { "token blank", "request.Options.ClientRequestToken", "required" },
        { "too many tags", "request.Tags", "at most 50" },
        { "tag key empty", "request.Tags[]", "1 to 128" },
        { "tag key too long", $"request.Tags[{new string('k', 129)}]", "1 to 128" },
        { "tag value too long", "request.Tags[team]", "at most 256" },
        { "tag key aws prefix", "request.Tags[AWS:owner]", "aws:" },
        { "version set", "request.Version", "cannot be set" },
        { "other region", "request.Region", "us-west-2" },
    };

    [Theory]
    [MemberData(nameof(RegisterRules))]
    public async Task Register_rule_is_enforced_before_sending(string rule, string field, string words)
    {
        var request = Break(rule);

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _host.Provider.RegisterClusterAsync(request));

        var error = Assert.Single(ex.FieldErrors, e => e.Field == field);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_host.Server.LogEntries);
    }

    [Fact]
    public async Task Valid_edge_values_pass()
    {
        _host.Answer("POST", "/cluster-registrations", 200, EksJson.Registered);
        var tags = Enumerable.Range(0, 50).ToDictionary(i => i == 0 ? new string('k', 128) : $"k{i}", i => i == 0 ? new string('v', 256) : string.Empty);

        await _host.Provider.RegisterClusterAsync(new ClusterCreateRequest
        {
            Name = "0" + new string('a', 98) + "_",
            Region = EksHost.Region,
            Tags = tags,
            Options = new EksClusterOptions { ConnectorProvider = "EKS_ANYWHERE", RoleArn = "arn:aws-us-gov:iam::123456789012:role/path/to/role" },
        });

        Assert.Single(_host.Server.LogEntries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-x")]
    [InlineData("a/b")]
    [InlineData("../clusters")]
    public async Task Get_and_delete_refuse_bad_names_before_sending(string name)
    {
        var get = await Assert.ThrowsAsync<InvalidRequestException>(() => _host.Provider.GetClusterAsync(name));
        var delete = await Assert.ThrowsAsync<InvalidRequestException>(() => _host.Provider.DeleteClusterAsync(name));

        Assert.Contains("clusterId", get.Message, StringComparison.Ordinal);
        Assert.Contains("clusterId", delete.Message, StringComparison.Ordinal);
        Assert.Empty(_host.Server.LogEntries);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void List_refuses_a_page_size_outside_1_to_100(int size)
    {
        var ex = Assert.Throws<InvalidRequestException>(() => _host.Provider.ListClustersAsync(new ClusterQuery { PageSize = size }));
        Assert.Contains("between 1 and 100", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidRequestException>(() => _host.Provider.ListClusterNamesAsync(size));
        Assert.Empty(_host.Server.LogEntries);
    }

    [Fact]
    public async Task List_refuses_a_page_size_given_to_AsPages_before_sending()
    {
        await Assert.ThrowsAsync<InvalidRequestException>(async () =>
        {
            await foreach (var unused in _host.Provider.ListClusterNamesAsync().AsPages(pageSize: 500))
            {
            }
        });
        Assert.Empty(_host.Server.LogEntries);
    }

    private static ClusterCreateRequest Break(string rule)
    {
        var name = "edge-1";
        string? provider = "GKE";
        string? roleArn = RoleArn;
        string? token = null;
        string? version = null;
        string? region = null;
        var tags = new Dictionary<string, string> { ["team"] = "platform" };
        ProviderClusterOptions? options = null;
        var noOptions = false;
        switch (rule)
        {
            case "name empty": name = string.Empty; break;
            case "name too long": name = new string('a', 101); break;
            case "name starts with dash": name = "-edge"; break;
            case "name has a space": name = "edge 1"; break;
            case "options missing": noOptions = true; break;
            case "options of another provider": options = new OksClusterOptions { ProjectId = "p" }; break;
            case "connector provider missing": provider = null; break;
            case "connector provider unknown": provider = "gke"; break;
            case "role arn missing": roleArn = null; break;
            case "role arn not an iam role": roleArn = "arn:aws:iam::123456789012:user/bob"; break;
            case "role arn account not 12 digits": roleArn = "arn:aws:iam::1234:role/eks"; break;
            case "token blank": token = "  "; break;
            case "too many tags": tags = Enumerable.Range(0, 51).ToDictionary(i => $"k{i}", i => "v"); break;
            case "tag key empty": tags[string.Empty] = "v"; break;
            case "tag key too long": tags[new string('k', 129)] = "v"; break;
            case "tag value too long": tags["team"] = new string('v', 257); break;
            case "tag key aws prefix": tags["AWS:owner"] = "me"; break;
            case "version set": version = "1.31"; break;
            case "other region": region = "eu-west-1"; break;
            default: throw new ArgumentOutOfRangeException(nameof(rule), rule, null);
        }

        return new ClusterCreateRequest
        {
            Name = name,
            Version = version,
            Region = region,
            Tags = tags,
            Options = noOptions ? null : options ?? new EksClusterOptions { ConnectorProvider = provider, RoleArn = roleArn, ClientRequestToken = token },
        };
    }
}
