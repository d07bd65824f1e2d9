using MultiCloudClusters.Clusters;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Tests.Providers.Imply;

/// <summary>Every rule is checked before anything is sent: the server records no request.</summary>
public sealed class ImplyValidationTests : IDisposable
{
    private const string Id = ImplyHarness.ClusterId;
    private readonly ImplyHarness _h = new();

    public void Dispose() => _h.Dispose();

    public static TheoryData<string, string> CreateCases() => new()
    {
        { "blank name", "request.Name" },
        { "no version", "request.Version" },
        { "region", "request.Region" },
        { "versions differ", "request.Version" },
        { "tags twice", "request.Tags" },
        { "clear on create", "request.Options" },
        { "force on create", "request.Options" },
        { "bad desired state", "request.Options.Spec.desiredState" },
        { "negative replicas", "request.Options.Spec.query.replicas" },
        { "negative tier replicas", "request.Options.Spec.data.tier2.replicas" },
        { "zero disk", "request.Options.Spec.metadataStore.diskSize" },
        { "nameless tag", "request.Options.Spec.awsTags[0].name" },
    };

    [Theory]
    [MemberData(nameof(CreateCases))]
    public async Task Create_rules(string broken, string field)
    {
        var spec = new ImplyClusterSpec();
        var request = new ClusterCreateRequest { Name = "c", Version = "2021.06", Options = new ImplyClusterOptions { Spec = spec } };
        switch (broken)
        {
            case "blank name": request = new ClusterCreateRequest { Name = " ", Version = "2021.06" }; break;
            case "no version": request = new ClusterCreateRequest { Name = "c" }; break;
            case "region": request = new ClusterCreateRequest { Name = "c", Version = "2021.06", Region = "us-east-1" }; break;
            case "versions differ": spec.Version = "2020.01"; break;
            case "tags twice":
                spec.AwsTags = [new ImplyNameValue { Name = "a", Value = "b" }];
                request = new ClusterCreateRequest { Name = "c", Version = "2021.06", Tags = new Dictionary<string, string> { ["a"] = "b" }, Options = request.Options };
                break;
            case "clear on create": request = new ClusterCreateRequest { Name = "c", Version = "2021.06", Options = new ImplyClusterOptions { ClearMembers = ["pivot"] } }; break;
            case "force on create": request = new ClusterCreateRequest { Name = "c", Version = "2021.06", Options = new ImplyClusterOptions { Force = true } }; break;
            case "bad desired state": spec.DesiredState = "RUNNING"; break;
            case "negative replicas": spec.Query = new ImplyQueryConfiguration { Replicas = -1 }; break;
            case "negative tier replicas": spec.Data = new ImplyDataConfiguration { Tier2 = new ImplyDataTier { Replicas = -2 } }; break;
            case "zero disk": spec.MetadataStore = new ImplyMetadataStore { DiskSize = 0 }; break;
            case "nameless tag": spec.AwsTags = [new ImplyNameValue { Value = "v" }]; break;
        }

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider().CreateClusterAsync(request));

        Assert.Contains(ex.FieldErrors, e => e.Field == field);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Server.LogEntries);
    }

    [Fact]
    public async Task Another_providers_options_are_refused()
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider().CreateClusterAsync(new ClusterCreateRequest
        {
            Name = "c",
            Version = "2021.06",
            Options = new MultiCloudClusters.Providers.Oks.OksClusterOptions(),
        }));

        Assert.Equal("request.Options", Assert.Single(ex.FieldErrors).Field);
        Assert.Empty(_h.Server.LogEntries);
    }

    public static TheoryData<string, string> OverwriteCases() => new()
    {
        { "no pivot", "cluster.Spec.pivot.accessMode" },
        { "blank access mode", "cluster.Spec.pivot.accessMode" },
        { "no version", "cluster.Spec.version" },
        { "no name", "cluster.Metadata.Name" },
        { "other uid", "cluster.Metadata.Uid" },
        { "bad desired state", "cluster.Spec.desiredState" },
        { "deep storage without path", "cluster.Spec.deepStorage.path" },
        { "negative master replicas", "cluster.Spec.master.replicas" },
    };

    [Theory]
    [MemberData(nameof(OverwriteCases))]
    public async Task Overwrite_checks_the_full_spec(string broken, string field)
    {
        var cluster = broken switch
        {
            "no name" => FullCluster(name: null),
            "other uid" => FullCluster(uid: "someone-else"),
            _ => FullCluster(),
        };
        switch (broken)
        {
            case "no pivot": cluster.Spec.Pivot = null; break;
            case "blank access mode": cluster.Spec.Pivot!.AccessMode = ""; break;
            case "no version": cluster.Spec.Version = null; break;
            case "bad desired state": cluster.Spec.DesiredState = "started"; break;
            case "deep storage without path": cluster.Spec.DeepStorage = new ImplyDeepStorage { Encrypt = true }; break;
            case "negative master replicas": cluster.Spec.Master = new ImplyMasterConfiguration { Replicas = -1 }; break;
        }

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _h.Provider().OverwriteClusterAsync(Id, cluster));

        Assert.Contains(ex.FieldErrors, e => e.Field == field);
        Assert.Empty(_h.Server.LogEntries);
    }

    [Fact]
    public async Task Overwrite_accepts_a_complete_cluster()
    {
        _h.Answer("PUT", "/clusters/" + Id, 200, ImplyHarness.ClusterJson);

        await _h.Provider().OverwriteClusterAsync(Id, FullCluster());

        var entry = _h.SingleApiRequest("PUT", "/clusters/" + Id);
        Assert.Equal(string.Empty, ImplyHarness.Query(entry));
        Assert.Equal(
            """{"metadata":{"name":"test-1"},"spec":{"version":"2021.06","desiredState":"STARTED","pivot":{"accessMode":"PROXIED"},"deepStorage":{"path":"s3://b/p"}}}""",
            ImplyHarness.RawBody(entry));
    }

    [Fact]
    public async Task Ids_and_versions_are_checked()
    {
        var provider = _h.Provider();

        await Assert.ThrowsAsync<InvalidRequestException>(() => provider.GetClusterAsync(" "));
        await Assert.ThrowsAsync<InvalidRequestException>(() => provider.DeleteClusterAsync(""));
        await Assert.ThrowsAsync<InvalidRequestException>(() => provider.StartClusterAsync(" "));
        await Assert.ThrowsAsync<InvalidRequestException>(() => provider.StopClusterAsync(" "));
        await Assert.ThrowsAsync<InvalidRequestException>(() => provider.UpgradeClusterAsync(Id, " "));
        await Assert.ThrowsAsync<InvalidRequestException>(() => provider.UpdateClusterAsync(Id, new ClusterUpdateRequest { Description = "d" }));
        var version = await Assert.ThrowsAsync<InvalidRequestException>(() => provider.GetClusterVersionAsync(Id, -1));
        Assert.Equal("resourceVersion", Assert.Single(version.FieldErrors).Field);
        var instance = await Assert.ThrowsAsync<InvalidRequestException>(() => provider.ReplaceServerAsync(Id, " "));
        Assert.Equal("instanceId", Assert.Single(instance.FieldErrors).Field);
        Assert.Empty(_h.Server.LogEntries);
    }

    private static ImplyCluster FullCluster(string? name = "test-1", string? uid = null) => new()
    {
        Metadata = new ImplyClusterMetadata { Name = name, Uid = uid },
        Spec = new ImplyClusterSpec
        {
            Version = "2021.06",
            DesiredState = "STARTED",
            Pivot = new ImplyPivotAccess { AccessMode = "PROXIED" },
            DeepStorage = new ImplyDeepStorage { Path = "s3://b/p" },
        },
    };
}
