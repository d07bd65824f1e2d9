using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;

namespace MultiCloudClusters.Tests.Providers.Ame;

/// <summary>
/// AME's optional query members (<c>includeDetails</c>, <c>show-compute</c>, <c>maintenanceSchedule</c>, <c>sort</c>):
/// the exact query each list and get sends with and without each, and the combinations the spec does not define,
/// refused before anything is sent.
/// </summary>
public sealed class AmeQueryFlagTests : IDisposable
{
    private const string ClusterId = "production/production-eu";
    private const string OrganisationPath = "/api/v1/orgs/acme/clusters";
    private const string EnvironmentPath = OrganisationPath + "/production";
    private const string ClusterPath = EnvironmentPath + "/production-eu";
    private readonly AmeWire _wire = new();

    public void Dispose() => _wire.Dispose();

    public static TheoryData<AmeClusterQuery, string> Lists() => new()
    {
        { new AmeClusterQuery(), OrganisationPath + "?page=0" },
        { new AmeClusterQuery { IncludeDetails = true }, OrganisationPath + "?includeDetails=true&page=0" },
        { new AmeClusterQuery { IncludeDetails = false }, OrganisationPath + "?includeDetails=false&page=0" },
        { new AmeClusterQuery { MaintenanceSchedule = "weekend" }, OrganisationPath + "?maintenanceSchedule=weekend&page=0" },
        { new AmeClusterQuery { Sort = ["name,asc", "createdAt,DESC"] }, OrganisationPath + "?page=0&sort=name%2Casc&sort=createdAt%2CDESC" },
        { new AmeClusterQuery { Sort = [] }, OrganisationPath + "?page=0" },
        {
            new AmeClusterQuery { MaintenanceSchedule = "weekend", IncludeDetails = true, Sort = ["name"], PageSize = 20 },
            OrganisationPath + "?maintenanceSchedule=weekend&includeDetails=true&page=0&size=20&sort=name"
        },
        { new AmeClusterQuery { Environment = "production" }, EnvironmentPath + "?page=0" },
        { new AmeClusterQuery { Environment = "production", ShowCompute = true }, EnvironmentPath + "?show-compute=true&page=0" },
        { new AmeClusterQuery { Environment = "production", ShowCompute = false }, EnvironmentPath + "?show-compute=false&page=0" },
        {
            new AmeClusterQuery { Environment = "production", ShowCompute = true, IncludeDetails = true, Sort = ["name,desc"], PageSize = 5 },
            EnvironmentPath + "?show-compute=true&includeDetails=true&page=0&size=5&sort=name%2Cdesc"
        },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_sends_exactly_the_members_asked_for(AmeClusterQuery query, string pathAndQuery)
    {
        _wire.Respond(200, AmeSamples.Page(0, last: true, AmeSamples.Cluster()));

        var clusters = await _wire.Provider.ListClustersAsync(query).ToListAsync();

        Assert.Equal(pathAndQuery, Assert.Single(_wire.Server.LogEntries).RequestMessage!.Url[_wire.Server.Url!.Length..]);
        Assert.Equal(ClusterId, Assert.Single(clusters).Id);
    }

    [Theory]
    [InlineData(null, null, "")]
    [InlineData(true, null, "?includeDetails=true")]
    [InlineData(null, true, "?show-compute=true")]
    [InlineData(false, false, "?show-compute=false&includeDetails=false")]
    [InlineData(true, true, "?show-compute=true&includeDetails=true")]
    public async Task A_get_sends_exactly_the_flags_asked_for(bool? includeDetails, bool? showCompute, string query)
    {
        _wire.Respond(200, AmeSamples.Cluster());

        var cluster = await _wire.Provider.GetClusterAsync(ClusterId, new AmeClusterReadOptions { IncludeDetails = includeDetails, ShowCompute = showCompute });

        Assert.Equal(query, new Uri(_wire.Received("GET", ClusterPath).Url).Query);
        Assert.Equal(ClusterId, cluster.Id);
    }

    [Fact]
    public async Task The_unified_list_and_get_send_no_flag()
    {
        _wire.Respond(200, AmeSamples.Cluster());

        await _wire.Provider.GetClusterAsync(ClusterId);

        Assert.Empty(AmeWire.Query(_wire.Received("GET", ClusterPath)));
    }

    [Fact]
    public async Task Compute_and_details_come_back_on_the_native_model()
    {
        _wire.Respond(200, AmeSamples.Cluster().TrimEnd().TrimEnd('}') + """, "cpu": 24, "memory": 98304, "actualState": { "kubernetesVersion": "v1.29.4" } }""");

        var cluster = await _wire.Provider.GetClusterAsync(ClusterId, new AmeClusterReadOptions { IncludeDetails = true, ShowCompute = true });

        var native = cluster.GetNative<AmeCluster>();
        Assert.Equal((24L, 98304L), (native.Cpu, native.Memory));
        Assert.NotNull(native.ActualState);
    }

    public static TheoryData<AmeClusterQuery, string, string> Refused() => new()
    {
        { new AmeClusterQuery { Environment = "production", MaintenanceSchedule = "weekend" }, "query.MaintenanceSchedule", "organisation-wide list only" },
        { new AmeClusterQuery { MaintenanceSchedule = " " }, "query.MaintenanceSchedule", "required" },
        { new AmeClusterQuery { ShowCompute = true }, "query.ShowCompute", "environment's list only" },
        { new AmeClusterQuery { Sort = ["name", "name;drop"] }, "query.Sort[1]", "asc" },
        { new AmeClusterQuery { Sort = ["name,sideways"] }, "query.Sort[0]", "asc" },
        { new AmeClusterQuery { Sort = [""] }, "query.Sort[0]", "property name" },
        { new AmeClusterQuery { Environment = "Not A Slug" }, "query.Environment", "slug" },
        { new AmeClusterQuery { PageSize = 0 }, "query.PageSize", "1" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_combination_the_spec_does_not_define_is_refused_before_sending(AmeClusterQuery query, string field, string rule)
    {
        var error = Assert.Throws<InvalidRequestException>(() => _wire.Provider.ListClustersAsync(query));

        var fieldError = Assert.Single(error.FieldErrors);
        Assert.Equal(field, fieldError.Field);
        Assert.Contains(rule, fieldError.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Fact]
    public void The_unified_list_keeps_naming_its_own_fields()
    {
        var error = Assert.Throws<InvalidRequestException>(() => _wire.Provider.ListClustersAsync(new ClusterQuery { Scope = "Not A Slug" }));

        Assert.Equal("query.Scope", Assert.Single(error.FieldErrors).Field);
    }
}
