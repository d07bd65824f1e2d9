using MultiCloudClusters.Clusters;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Ame;
using MultiCloudClusters.Providers.Eks;
using MultiCloudClusters.Providers.Imply;
using MultiCloudClusters.Providers.LakeSail;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Security;

/// <summary>
/// Rule 3 on the hand-written layer of every provider, built both ways: every method that puts an id into a
/// path (cluster and connection ids, AME's <c>{environment}/{cluster}</c>, Imply instance ids, EKS names,
/// LakeSail operation ids, list scopes) refuses empty, <c>.</c> and <c>..</c> (and, for AME, each of them in
/// either half) with an <see cref="InvalidRequestException"/> naming the caller's parameter, and sends nothing.
/// Control cases: ordinary and odd ids still go out, encoded as one segment.
/// </summary>
public sealed class ProviderPathSegmentTests(HostileFixture fixture, QuietServerFixture quiet) : IClassFixture<HostileFixture>, IClassFixture<QuietServerFixture>
{
    private static readonly string[] DotSegments = [string.Empty, ".", ".."];

    private static readonly string[] AmeClusterIds = [string.Empty, ".", "..", "production/..", "production/.", "../c-1", "./c-1", "./..", "production/", "/c-1"];

    /// <summary>One hand-written call that puts <c>value</c> into a path, the field it must name, and the values to refuse.</summary>
    private sealed record IdCall(string Field, Func<object, string, Task> Call, string[] Refused);

    private static readonly Dictionary<string, Dictionary<string, IdCall>> Calls = new()
    {
        ["oks"] = new()
        {
            ["GetCluster"] = Oks(p => v => p.GetClusterAsync(v)),
            ["UpdateCluster"] = Oks(p => v => p.UpdateClusterAsync(v, new ClusterUpdateRequest { Tags = new Dictionary<string, string> { ["a"] = "b" } })),
            ["DeleteCluster"] = Oks(p => v => p.DeleteClusterAsync(v)),
            ["UpgradeCluster"] = Oks(p => v => p.UpgradeClusterAsync(v, "1.32")),
            ["GetKubeconfig"] = Oks(p => v => p.GetKubeconfigAsync(v)),
            ["WaitForStatus"] = Oks(p => v => p.WaitForStatusAsync(v, ClusterStatus.Running)),
            ["ListClusters(Scope)"] = new("query.Scope", (p, v) => ListAsync((IClusterProvider)p, v), DotSegments),
        },
        ["imply"] = new()
        {
            ["GetCluster"] = Imply(p => v => p.GetClusterAsync(v)),
            ["UpdateCluster"] = Imply(p => v => p.UpdateClusterAsync(v, new ClusterUpdateRequest { Tags = new Dictionary<string, string> { ["a"] = "b" } })),
            ["UpgradeCluster"] = Imply(p => v => p.UpgradeClusterAsync(v, "2024.02")),
            ["StartCluster"] = Imply(p => v => p.StartClusterAsync(v)),
            ["StopCluster"] = Imply(p => v => p.StopClusterAsync(v)),
            ["DeleteCluster"] = Imply(p => v => p.DeleteClusterAsync(v)),
            ["OverwriteCluster"] = Imply(p => v => p.OverwriteClusterAsync(v, new ImplyCluster())),
            ["GetClusterVersion"] = Imply(p => v => p.GetClusterVersionAsync(v, 1)),
            ["ReplaceServer(clusterId)"] = Imply(p => v => p.ReplaceServerAsync(v, "i-0123")),
            ["ReplaceServer(instanceId)"] = new("instanceId", (p, v) => ((ImplyClusterProvider)p).ReplaceServerAsync("c-1", v), DotSegments),
            ["WaitForStatus"] = Imply(p => v => p.WaitForStatusAsync(v, ClusterStatus.Running)),
        },
        ["ame"] = new()
        {
            ["GetCluster"] = Ame(p => v => p.GetClusterAsync(v)),
            ["UpdateCluster"] = Ame(p => v => p.UpdateClusterAsync(v, new ClusterUpdateRequest { Options = new AmeClusterOptions { EnableAutoUpgrade = true } })),
            ["DeleteCluster"] = Ame(p => v => p.DeleteClusterAsync(v)),
            ["StartCluster"] = Ame(p => v => p.StartClusterAsync(v)),
            ["StopCluster"] = Ame(p => v => p.StopClusterAsync(v)),
            ["UpgradeCluster"] = Ame(p => v => p.UpgradeClusterAsync(v, "1.31")),
            ["GetKubeconfig"] = Ame(p => v => p.GetKubeconfigAsync(v)),
            ["GetJoinConfig"] = Ame(p => v => p.GetJoinConfigAsync(v)),
            ["GetOidcConfig"] = Ame(p => v => p.GetOidcConfigAsync(v)),
            ["MoveCluster(clusterId)"] = Ame(p => v => p.MoveClusterAsync(v, "staging")),
            ["MoveCluster(targetEnvironment)"] = new("targetEnvironment", (p, v) => ((AmeClusterProvider)p).MoveClusterAsync("production/c-1", v), DotSegments),
            ["SetPrometheusRulesInheritance"] = Ame(p => v => p.SetPrometheusRulesInheritanceAsync(v, true)),
            ["ListNodePools"] = Ame(p => v => p.ListNodePoolsAsync(v)),
            ["CreateNodePool"] = Ame(p => v => p.CreateNodePoolAsync(v, new AmeNodePoolRequest())),
            ["UpdateNodePool"] = Ame(p => v => p.UpdateNodePoolAsync(v, 1, new AmeNodePoolRequest())),
            ["DeleteNodePool"] = Ame(p => v => p.DeleteNodePoolAsync(v, 1)),
            ["GetNodePoolJoinConfig"] = Ame(p => v => p.GetNodePoolJoinConfigAsync(v, Guid.NewGuid())),
            ["WaitForStatus"] = Ame(p => v => p.WaitForStatusAsync(v, ClusterStatus.Running)),
            ["ListClusters(Scope)"] = new("query.Scope", (p, v) => ListAsync((IClusterProvider)p, v), DotSegments),
        },
        ["eks"] = new()
        {
            ["GetCluster"] = Eks(p => v => p.GetClusterAsync(v)),
            ["DeleteCluster"] = Eks(p => v => p.DeleteClusterAsync(v)),
            ["WaitForStatus"] = Eks(p => v => p.WaitForStatusAsync(v, ClusterStatus.Running)),
        },
        ["lakesail"] = new()
        {
            ["GetConnection"] = LakeSail(p => v => p.GetConnectionAsync(v)),
            ["UpdateConnection"] = LakeSail(p => v => p.UpdateConnectionAsync(v, new ConnectionUpdateRequest { Name = "renamed" })),
            ["DeleteConnection"] = LakeSail(p => v => p.DeleteConnectionAsync(v)),
            ["VerifyConnection"] = LakeSail(p => v => p.VerifyConnectionAsync(v)),
            ["GetTemplate"] = LakeSail(p => v => p.GetTemplateAsync(v)),
            ["DownloadTemplate"] = LakeSail(p => v => p.DownloadTemplateAsync(v)),
            ["DownloadTemplate(stream)"] = LakeSail(p => v => p.DownloadTemplateAsync(v, Stream.Null)),
            ["SyncTemplate"] = LakeSail(p => v => p.SyncTemplateAsync(v)),
            ["ListRegions"] = LakeSail(p => v => p.ListRegionsAsync(v)),
            ["ListInstanceTypes"] = LakeSail(p => v => p.ListInstanceTypesAsync(v)),
            ["GetOperation"] = new("operationId", (p, v) => ((LakeSailConnectionProvider)p).GetOperationAsync(v), DotSegments),
            ["WaitForOperation"] = new("operationId", (p, v) => ((LakeSailConnectionProvider)p).WaitForOperationAsync(v), DotSegments),
        },
    };

    /// <summary>Per provider: an ordinary get with ids that are not dot segments, and the wire path's expected end.</summary>
    private static readonly Dictionary<string, (Func<object, string, Task> Get, (string Id, string PathEnd)[] Ids)> Controls = new()
    {
        ["oks"] = ((p, v) => ((IClusterProvider)p).GetClusterAsync(v), OddIds()),
        ["imply"] = ((p, v) => ((IClusterProvider)p).GetClusterAsync(v), OddIds()),
        ["lakesail"] = ((p, v) => ((IConnectionProvider)p).GetConnectionAsync(v), OddIds()),
        ["ame"] = ((p, v) => ((IClusterProvider)p).GetClusterAsync(v), [("production/c-1", "/clusters/production/c-1"), ("p-2/0c", "/clusters/p-2/0c")]),
        ["eks"] = ((p, v) => ((IClusterProvider)p).GetClusterAsync(v), [("eks_cluster-1", "/clusters/eks_cluster-1"), ("A1", "/clusters/A1")]),
    };

    /// <summary>(provider, construction, call, refused value) for every hand-written call that puts an id into a path.</summary>
    public static TheoryData<string, Construction, string, string> RefusedCases()
    {
        var data = new TheoryData<string, Construction, string, string>();
        foreach (var (provider, calls) in Calls)
        {
            foreach (var construction in new[] { Construction.Constructor, Construction.DependencyInjection })
            {
                foreach (var (name, call) in calls)
                {
                    foreach (var value in call.Refused)
                    {
                        data.Add(provider, construction, name, value);
                    }
                }
            }
        }

        return data;
    }

    /// <summary>(provider, construction) for the control cases.</summary>
    public static TheoryData<string, Construction> ControlCases()
    {
        var data = new TheoryData<string, Construction>();
        foreach (var provider in Controls.Keys)
        {
            data.Add(provider, Construction.Constructor);
            data.Add(provider, Construction.DependencyInjection);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task A_dot_segment_or_empty_id_is_refused_naming_the_parameter_and_nothing_is_sent(string provider, Construction construction, string call, string value)
    {
        await using var target = await fixture.TargetAsync(provider, Auth(provider), construction, quiet.Server);
        var idCall = Calls[provider][call];
        var sent = quiet.Server.Requests.Count;

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => idCall.Call(target.Instance, value));

        Assert.Contains(error.FieldErrors, f => f.Field == idCall.Field || f.Field.StartsWith(idCall.Field + " (", StringComparison.Ordinal));
        Assert.Equal(sent, quiet.Server.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(ControlCases))]
    public async Task Ids_that_are_not_dot_segments_go_out_as_one_encoded_segment(string provider, Construction construction)
    {
        await using var server = fixture.NewServer(NotFound);
        await using var target = await fixture.TargetAsync(provider, Auth(provider), construction, server, SecurityTargets.QuickResilience(maxRetries: 0));
        var (get, ids) = Controls[provider];

        foreach (var (id, pathEnd) in ids)
        {
            server.ClearRequests();

            await Assert.ThrowsAsync<CloudNotFoundException>(() => get(target.Instance, id));

            var request = Assert.Single(server.Requests);
            Assert.True(request.Path.EndsWith(pathEnd, StringComparison.Ordinal), $"'{id}': sent {request.Path}, expected it to end with {pathEnd}");
        }
    }

    private static (string, string)[] OddIds() =>
        [.. GeneratedPathSegmentTests.Ordinary.Select(id => (id, "/" + Uri.EscapeDataString(id)))];

    private static string Auth(string provider) => GeneratedApi.Specs.Single(s => s.Provider == provider).Auth;

    private static Task NotFound(HostileExchange exchange) => exchange.RespondAsync(HostileResponse.Json(404, "{}"));

    private static async Task ListAsync(IClusterProvider provider, string scope)
    {
        await foreach (var unused in provider.ListClustersAsync(new ClusterQuery { Scope = scope }))
        {
        }
    }

    private static IdCall Oks(Func<OksClusterProvider, Func<string, Task>> call) => new("clusterId", (p, v) => call((OksClusterProvider)p)(v), DotSegments);

    private static IdCall Imply(Func<ImplyClusterProvider, Func<string, Task>> call) => new("clusterId", (p, v) => call((ImplyClusterProvider)p)(v), DotSegments);

    private static IdCall Ame(Func<AmeClusterProvider, Func<string, Task>> call) => new("clusterId", (p, v) => call((AmeClusterProvider)p)(v), AmeClusterIds);

    private static IdCall Eks(Func<EksClusterProvider, Func<string, Task>> call) => new("clusterId", (p, v) => call((EksClusterProvider)p)(v), DotSegments);

    private static IdCall LakeSail(Func<LakeSailConnectionProvider, Func<string, Task>> call) => new("connectionId", (p, v) => call((LakeSailConnectionProvider)p)(v), DotSegments);
}
