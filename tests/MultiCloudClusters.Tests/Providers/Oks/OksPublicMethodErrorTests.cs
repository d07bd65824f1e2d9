using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Oks;

namespace MultiCloudClusters.Tests.Providers.Oks;

/// <summary>
/// Every public OKS method beyond the unified calls fails like the unified ones: an error answer becomes the
/// typed <see cref="CloudApiException"/> with the server's code, message, request id and field errors, and an
/// id that cannot be one path segment is refused before anything is sent.
/// </summary>
public sealed class OksPublicMethodErrorTests : IDisposable
{
    private const string P = OksHarness.ProjectId;

    /// <summary>Each public method: the method and path it calls, and how to call it.</summary>
    private static readonly Dictionary<string, (string Method, string Path, Func<OksClusterProvider, Task> Call)> Methods = new()
    {
        ["CreateProject"] = ("POST", "/projects", p => p.CreateProjectAsync(new OksProjectCreateRequest { Name = "shop", Cidr = "10.50.0.0/18" })),
        ["ListProjects"] = ("GET", "/projects", p => p.ListProjectsAsync().ToListAsync().AsTask()),
        ["GetProject"] = ("GET", $"/projects/{P}", p => p.GetProjectAsync(P)),
        ["UpdateProject"] = ("PATCH", $"/projects/{P}", p => p.UpdateProjectAsync(P, new OksProjectUpdateRequest { Description = "d" })),
        ["DeleteProject"] = ("DELETE", $"/projects/{P}", p => p.DeleteProjectAsync(P)),
        ["GetProjectQuotas"] = ("GET", $"/projects/{P}/quotas", p => p.GetProjectQuotasAsync(P)),
        ["ListProjectSnapshots"] = ("GET", $"/projects/{P}/snapshots", p => p.ListProjectSnapshotsAsync(P)),
        ["ListProjectPublicIps"] = ("GET", $"/projects/{P}/public_ips", p => p.ListProjectPublicIpsAsync(P)),
        ["ListProjectNets"] = ("GET", $"/projects/{P}/nets", p => p.ListProjectNetsAsync(P)),
        ["ListEimUsers"] = ("GET", $"/projects/{P}/eim_users", p => p.ListEimUsersAsync(P)),
        ["CreateEimUser"] = ("POST", $"/projects/{P}/eim_users", p => p.CreateEimUserAsync(P, new OksEimUserCreateRequest { UserName = "bot" })),
        ["ListEimUserTypes"] = ("GET", $"/projects/{P}/eim_users/types", p => p.ListEimUserTypesAsync(P)),
        ["DeleteEimUser"] = ("DELETE", $"/projects/{P}/eim_users/bot", p => p.DeleteEimUserAsync(P, "bot")),
        ["ListClustersWithQuery"] = ("GET", "/clusters", p => p.ListClustersAsync(new OksClusterQuery { ProjectId = P }).ToListAsync().AsTask()),
        ["GetKubernetesVersions"] = ("GET", "/clusters/limits/kubernetes_versions", p => p.GetKubernetesVersionsAsync()),
        ["GetControlPlaneSubregions"] = ("GET", "/clusters/limits/cp_subregions", p => p.GetControlPlaneSubregionsAsync()),
        ["GetControlPlanePlans"] = ("GET", "/clusters/limits/control_plane_plans", p => p.GetControlPlanePlansAsync()),
        ["GetAdmissionPlugins"] = ("GET", "/clusters/limits/admission_plugins", p => p.GetAdmissionPluginsAsync("1.31")),
        ["GetQuotas"] = ("GET", "/quotas", p => p.GetQuotasAsync()),
        ["GetClientIp"] = ("GET", "/myip", p => p.GetClientIpAsync()),
        ["GetProjectTemplate"] = ("GET", "/templates/project", p => p.GetProjectTemplateAsync()),
        ["GetClusterTemplate"] = ("GET", "/templates/cluster", p => p.GetClusterTemplateAsync()),
        ["GetNodePoolTemplate"] = ("GET", "/templates/nodepool", p => p.GetNodePoolTemplateAsync()),
        ["GetNetPeeringRequestTemplate"] = ("GET", "/templates/netpeeringrequest", p => p.GetNetPeeringRequestTemplateAsync()),
        ["GetNetPeeringAcceptanceTemplate"] = ("GET", "/templates/netpeeringacceptance", p => p.GetNetPeeringAcceptanceTemplateAsync()),
    };

    private readonly OksHarness _h = new();
    private readonly OksClusterProvider _provider;

    // No retries: each error answer is seen exactly once.
    public OksPublicMethodErrorTests() => _provider = _h.CreateProvider(o => o.Resilience = OksHarness.FakeTimeResilience(retries: 0));

    public void Dispose() => _h.Dispose();

    public static TheoryData<string> Names() => [.. Methods.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task NotFound_IsACloudNotFoundException_WithTheServersWords(string name)
    {
        var (method, path, call) = Methods[name];
        _h.Answer(method, path, 404, OksHarness.ErrorEnvelope("NotFound", "Project not found", 404, "req-nf"));

        var ex = await Assert.ThrowsAsync<CloudNotFoundException>(() => call(_provider));

        _h.SentOnce(method, path);
        Assert.Equal(("oks", 404, "NotFound", "Project not found", "req-nf"), (ex.Provider, ex.StatusCode, ex.ErrorCode, ex.ErrorMessage, ex.RequestId));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Validation_IsACloudValidationException_WithFieldErrors(string name)
    {
        var (method, path, call) = Methods[name];
        _h.Answer(method, path, 422, """
            {"Errors":[{"Type":"ValidationError","Code":"422","Details":[{"loc":["query","limit"],"msg":"too big","type":"value_error"}]}],
             "ResponseContext":{"RequestId":"req-422"}}
            """);

        var ex = await Assert.ThrowsAsync<CloudValidationException>(() => call(_provider));

        Assert.Equal(("ValidationError", "req-422"), (ex.ErrorCode, ex.RequestId));
        Assert.Contains(ex.FieldErrors, f => f.Message.Contains("too big", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task UnreadableSuccess_IsAMalformedResponse(string name)
    {
        var (method, path, call) = Methods[name];
        _h.Answer(method, path, 200, "{ not json");

        var ex = await Assert.ThrowsAsync<CloudApiException>(() => call(_provider));

        Assert.Equal("MalformedResponse", ex.ErrorCode);
    }

    [Fact]
    public void TheTable_CoversEveryPublicMethodBeyondTheUnifiedOnes()
    {
        var unified = typeof(Clusters.ClusterProviderBase).GetMethods().Select(m => m.Name).ToHashSet();
        var declared = typeof(OksClusterProvider).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !unified.Contains(m.Name))
            .Select(m => m.Name.Replace("Async", string.Empty, StringComparison.Ordinal))
            .Append("ListClustersWithQuery")
            .Order(StringComparer.Ordinal);

        Assert.Equal(declared, Methods.Keys.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, Func<OksClusterProvider, Task>> BadIds() => new()
    {
        { "projectId", p => p.GetProjectAsync("..") },
        { "projectId", p => p.UpdateProjectAsync(".", new OksProjectUpdateRequest()) },
        { "projectId", p => p.DeleteProjectAsync("") },
        { "projectId", p => p.GetProjectQuotasAsync(" ") },
        { "projectId", p => p.ListProjectSnapshotsAsync("..") },
        { "projectId", p => p.ListProjectPublicIpsAsync("..") },
        { "projectId", p => p.ListProjectNetsAsync("..") },
        { "projectId", p => p.ListEimUsersAsync("..") },
        { "projectId", p => p.CreateEimUserAsync("..", new OksEimUserCreateRequest { UserName = "bot" }) },
        { "projectId", p => p.ListEimUserTypesAsync("..") },
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task AnIdThatIsNoPathSegment_IsRefusedBeforeSending(string field, Func<OksClusterProvider, Task> call)
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => call(_provider));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.Requests);
    }
}
