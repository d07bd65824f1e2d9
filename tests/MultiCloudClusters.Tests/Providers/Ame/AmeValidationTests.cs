using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>Every rule is checked before anything is sent: the message names the field and the rule, the server sees nothing.</summary>
public sealed class AmeValidationTests : IDisposable
{
    private readonly AmeWire _wire = new();

    public AmeValidationTests() => _wire.Respond(200, AmeSamples.Cluster());

    public void Dispose() => _wire.Dispose();

    public static TheoryData<string, string> BadIds() => new()
    {
        { string.Empty, "exactly one '/'" },
        { "production-eu", "exactly one '/'" },
        { "a/b/c", "exactly one '/'" },
        { "/production-eu", "exactly one '/'" },
        { "production/", "exactly one '/'" },
        { "Production/eu", "clusterId (environment part) must be a slug" },
        { "production/eu_1", "clusterId (cluster part) must be a slug" },
        { "production/-eu", "clusterId (cluster part) must be a slug" },
        { "prod uction/eu", "clusterId (environment part) must be a slug" },
        { "../../x", "exactly one '/'" },
    };

    private static readonly Dictionary<string, Func<AmeClusterProvider, string, Task>> ByIdOperations = new()
    {
        ["Get"] = (p, id) => p.GetClusterAsync(id),
        ["Update"] = (p, id) => p.UpdateClusterAsync(id, new ClusterUpdateRequest { Options = new AmeClusterOptions { DeleteProtection = true } }),
        ["Delete"] = (p, id) => p.DeleteClusterAsync(id),
        ["Start"] = (p, id) => p.StartClusterAsync(id),
        ["Stop"] = (p, id) => p.StopClusterAsync(id),
        ["Upgrade"] = (p, id) => p.UpgradeClusterAsync(id, "v1.30.1"),
        ["Kubeconfig"] = (p, id) => p.GetKubeconfigAsync(id),
        ["Wait"] = (p, id) => p.WaitForStatusAsync(id, ClusterStatus.Running),
        ["JoinConfig"] = (p, id) => p.GetJoinConfigAsync(id),
        ["OidcConfig"] = (p, id) => p.GetOidcConfigAsync(id),
        ["Move"] = (p, id) => p.MoveClusterAsync(id, "staging"),
        ["PrometheusRules"] = (p, id) => p.SetPrometheusRulesInheritanceAsync(id, true),
        ["ListNodePools"] = (p, id) => p.ListNodePoolsAsync(id),
        ["CreateNodePool"] = (p, id) => p.CreateNodePoolAsync(id, AmeExtraOperationTests.FullPool()),
        ["UpdateNodePool"] = (p, id) => p.UpdateNodePoolAsync(id, 7, AmeExtraOperationTests.FullPool()),
        ["DeleteNodePool"] = (p, id) => p.DeleteNodePoolAsync(id, 7),
        ["NodePoolJoinConfig"] = (p, id) => p.GetNodePoolJoinConfigAsync(id, AmeSamples.PoolIdentity),
    };

    public static TheoryData<string> Operations() => [.. ByIdOperations.Keys];

    [Theory]
    [MemberData(nameof(BadIds))]
    public void A_malformed_composite_id_is_refused_with_the_rule(string id, string expected)
    {
        var error = Assert.Throws<InvalidRequestException>(() => AmeClusterId.Parse(id));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("clusterId", error.FieldErrors[0].Field.Split(' ')[0]);
        Assert.False(AmeClusterId.TryParse(id, out _));
    }

    [Fact]
    public void A_null_id_is_refused_with_the_rule()
    {
        var error = Assert.Throws<InvalidRequestException>(() => AmeClusterId.Parse(null));
        Assert.Contains("'{environment}/{cluster}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_composite_id_round_trips()
    {
        var id = AmeClusterId.Parse("production/production-eu");

        Assert.Equal(new AmeClusterId("production", "production-eu"), id);
        Assert.Equal("production/production-eu", id.ToString());
        Assert.True(AmeClusterId.TryParse("dev-2/c9", out var other));
        Assert.Equal("c9", other.Cluster);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_refuses_a_malformed_id_before_sending(string operation)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => ByIdOperations[operation](_wire.Provider, "production-eu"));

        Assert.Contains("clusterId must be '{environment}/{cluster}': exactly one '/'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    public static TheoryData<string, string> BadCreates() => new()
    {
        { "no options", "request.Options must be AmeClusterOptions" },
        { "no environment", "request.Options.Environment is required" },
        { "bad environment", "request.Options.Environment must be a slug" },
        { "no account", "request.Options.CloudAccountIdentity is required" },
        { "empty account", "request.Options.CloudAccountIdentity is required" },
        { "no region", "request.Region is required" },
        { "no version", "request.Version is required" },
        { "no name", "request.Name is required" },
        { "tags", "request.Tags are not supported" },
        { "update-only member", "CloudCredentialsIdentity, DeleteProtection and EnableNetworkProxy can only be set by an update" },
        { "bad pod subnet", "request.Options.ClusterPodSubnet must be a CIDR block" },
        { "bad service subnet", "request.Options.ServiceSubnet must be a CIDR block" },
        { "whitelist without description", "request.Options.IpWhitelist[0].Description is required" },
        { "whitelist without cidr", "request.Options.IpWhitelist[0].Cidr is required" },
        { "bad pool name", "request.Options.NodePools[0].Name must match ^[a-z0-9-]+$" },
        { "long pool name", "request.Options.NodePools[0].Name must be 1 to 25 characters long (got 26)" },
        { "min above max", "request.Options.NodePools[0].MinSize must not be greater than MaxSize (got MinSize 5, MaxSize 2)" },
        { "pool without size", "request.Options.NodePools[0].NodeSize is required" },
        { "oks options", "request.Options must be AmeClusterOptions for the ame provider" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task Create_rules_are_checked_before_sending(string rule, string expected)
    {
        var request = BadCreate(rule);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.CreateClusterAsync(request));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    public static TheoryData<string, string> BadUpdates() => new()
    {
        { "nothing", "request changes nothing" },
        { "tags", "request.Tags are not supported" },
        { "description", "request.Description cannot be changed" },
        { "environment", "request.Options.Environment cannot be changed by an update; use MoveClusterAsync" },
        { "create-only", "are fixed at creation on AME" },
        { "status", "request.Options.AdditionalProperties[status] names 'status', a member the body already has" },
        { "bad whitelist", "request.Options.IpWhitelist[0].Cidr must be a CIDR block" },
    };

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public async Task Update_rules_are_checked_before_sending(string rule, string expected)
    {
        var request = rule switch
        {
            "nothing" => new ClusterUpdateRequest(),
            "tags" => new ClusterUpdateRequest { Tags = new Dictionary<string, string> { ["a"] = "b" } },
            "description" => new ClusterUpdateRequest { Description = "x" },
            "environment" => new ClusterUpdateRequest { Options = new AmeClusterOptions { Environment = "staging" } },
            "create-only" => new ClusterUpdateRequest { Options = new AmeClusterOptions { ServiceSubnet = "10.96.0.0/12" } },
            "status" => new ClusterUpdateRequest { Options = new AmeClusterOptions { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["status"] = System.Text.Json.JsonSerializer.SerializeToElement("deleting") } } },
            _ => new ClusterUpdateRequest { Options = new AmeClusterOptions { IpWhitelist = [new AmeIpWhitelistEntry { Cidr = "10.0.0.1", Description = "x" }] } },
        };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.UpdateClusterAsync("production/production-eu", request));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    public static TheoryData<string, string> BadPools() => new()
    {
        { "null", "pool is required" },
        { "no name", "pool.Name is required" },
        { "upper case", "pool.Name must match ^[a-z0-9-]+$ (lower-case letters, digits and '-')" },
        { "26 chars", "pool.Name must be 1 to 25 characters long (got 26)" },
        { "min above max", "pool.MinSize must not be greater than MaxSize (got MinSize 4, MaxSize 3)" },
        { "negative min", "pool.MinSize must be between 0" },
        { "no sizes", "pool.MinSize is required; pool.MaxSize is required" },
        { "no node size", "pool.NodeSize is required" },
        { "bad taint", "pool.Taints[0].Effect must be one of NoSchedule, PreferNoSchedule, NoExecute" },
        { "bad security updates", "pool.SecurityUpdatesOnJoin must be one of OFF, INSTALL, INSTALL_AND_REBOOT (got 'ALWAYS')" },
    };

    [Theory]
    [MemberData(nameof(BadPools))]
    public async Task Node_pool_rules_are_checked_before_create_and_update(string rule, string expected)
    {
        var pool = rule == "null" ? null : AmeExtraOperationTests.FullPool();
        switch (rule)
        {
            case "no name": pool!.Name = null; break;
            case "upper case": pool!.Name = "Workers"; break;
            case "26 chars": pool!.Name = new string('a', 26); break;
            case "min above max": pool!.MinSize = 4; pool.MaxSize = 3; break;
            case "negative min": pool!.MinSize = -1; break;
            case "no sizes": pool!.MinSize = null; pool.MaxSize = null; break;
            case "no node size": pool!.NodeSize = null; break;
            case "bad taint": pool!.Taints![0].Effect = "Sometimes"; break;
            case "bad security updates": pool!.SecurityUpdatesOnJoin = "ALWAYS"; break;
        }

        var create = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.CreateNodePoolAsync("production/production-eu", pool!));
        var update = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.UpdateNodePoolAsync("production/production-eu", 7, pool!));

        Assert.Contains(expected, create.Message, StringComparison.Ordinal);
        Assert.Contains(expected, update.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task A_pool_name_of_25_characters_and_min_equal_to_max_is_accepted()
    {
        _wire.Server.Reset();
        _wire.Respond(200, AmeSamples.NodePool);
        var pool = AmeExtraOperationTests.FullPool();
        pool.Name = new string('a', 24) + "1";
        pool.MinSize = 3;
        pool.MaxSize = 3;

        await _wire.Provider.CreateNodePoolAsync("production/production-eu", pool);

        Assert.Single(_wire.Server.LogEntries);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task A_node_pool_id_must_be_positive(long id)
    {
        var update = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.UpdateNodePoolAsync("production/production-eu", id, AmeExtraOperationTests.FullPool()));
        var delete = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.DeleteNodePoolAsync("production/production-eu", id));

        Assert.Contains("nodePoolId must be between 1", update.Message, StringComparison.Ordinal);
        Assert.Contains("nodePoolId must be between 1", delete.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task A_node_pool_join_config_needs_a_real_identity()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.GetNodePoolJoinConfigAsync("production/production-eu", Guid.Empty));

        Assert.Contains("nodePoolIdentity must be the pool's UUID identity", error.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Theory]
    [InlineData("production", "targetEnvironment must differ from the cluster's environment 'production'")]
    [InlineData("Staging", "targetEnvironment must be a slug")]
    [InlineData("", "targetEnvironment is required")]
    public async Task A_move_needs_another_environment_slug(string target, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.MoveClusterAsync("production/production-eu", target));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task An_upgrade_needs_a_version()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _wire.Provider.UpgradeClusterAsync("production/production-eu", " "));

        Assert.Contains("version is required", error.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    private static ClusterCreateRequest BadCreate(string rule)
    {
        var good = AmeClusterOperationTests.MinimalCreate();
        var options = (AmeClusterOptions)good.Options!;
        AmeClusterOptions With(Func<AmeClusterOptions, AmeClusterOptions> change) => change(options);
        AmeNodePoolRequest Pool(Action<AmeNodePoolRequest> change)
        {
            var pool = AmeExtraOperationTests.FullPool();
            change(pool);
            return pool;
        }

        return rule switch
        {
            "no options" => new ClusterCreateRequest { Name = good.Name, Region = good.Region, Version = good.Version },
            "no environment" => Copy(good, With(o => new AmeClusterOptions { CloudAccountIdentity = o.CloudAccountIdentity })),
            "bad environment" => Copy(good, new AmeClusterOptions { Environment = "Prod_1", CloudAccountIdentity = options.CloudAccountIdentity }),
            "no account" => Copy(good, new AmeClusterOptions { Environment = "production" }),
            "empty account" => Copy(good, new AmeClusterOptions { Environment = "production", CloudAccountIdentity = Guid.Empty }),
            "no region" => new ClusterCreateRequest { Name = good.Name, Version = good.Version, Options = options },
            "no version" => new ClusterCreateRequest { Name = good.Name, Region = good.Region, Options = options },
            "no name" => new ClusterCreateRequest { Name = " ", Region = good.Region, Version = good.Version, Options = options },
            "tags" => new ClusterCreateRequest { Name = good.Name, Region = good.Region, Version = good.Version, Options = options, Tags = new Dictionary<string, string> { ["team"] = "a" } },
            "update-only member" => Copy(good, new AmeClusterOptions { Environment = "production", CloudAccountIdentity = options.CloudAccountIdentity, DeleteProtection = true }),
            "bad pod subnet" => Copy(good, new AmeClusterOptions { Environment = "production", CloudAccountIdentity = options.CloudAccountIdentity, ClusterPodSubnet = "10.244.0.0" }),
            "bad service subnet" => Copy(good, new AmeClusterOptions { Environment = "production", CloudAccountIdentity = options.CloudAccountIdentity, ServiceSubnet = "big" }),
            "whitelist without description" => Copy(good, new AmeClusterOptions
            {
                Environment = "production", CloudAccountIdentity = options.CloudAccountIdentity,
                IpWhitelist = [new AmeIpWhitelistEntry { Cidr = "203.0.113.0/24", Description = null! }],
            }),
            "whitelist without cidr" => Copy(good, new AmeClusterOptions
            {
                Environment = "production", CloudAccountIdentity = options.CloudAccountIdentity,
                IpWhitelist = [new AmeIpWhitelistEntry { Cidr = null!, Description = "office" }],
            }),
            "bad pool name" => WithPool(good, options, Pool(p => p.Name = "Workers!")),
            "long pool name" => WithPool(good, options, Pool(p => p.Name = new string('w', 26))),
            "min above max" => WithPool(good, options, Pool(p => (p.MinSize, p.MaxSize) = (5, 2))),
            "pool without size" => WithPool(good, options, Pool(p => p.NodeSize = null)),
            "oks options" => new ClusterCreateRequest { Name = good.Name, Region = good.Region, Version = good.Version, Options = new OksClusterOptions() },
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    private static ClusterCreateRequest Copy(ClusterCreateRequest good, AmeClusterOptions options) =>
        new() { Name = good.Name, Region = good.Region, Version = good.Version, Options = options };

    private static ClusterCreateRequest WithPool(ClusterCreateRequest good, AmeClusterOptions options, AmeNodePoolRequest pool) =>
        Copy(good, new AmeClusterOptions { Environment = options.Environment, CloudAccountIdentity = options.CloudAccountIdentity, NodePools = [pool] });
}
