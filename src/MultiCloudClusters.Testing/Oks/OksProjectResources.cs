using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// The read-only views of a project's cloud resources, derived from the emulated state: its Net (the project's
/// CIDR), one public IP for the Net's NAT plus one per cluster (its API load balancer), one etcd snapshot per
/// ready cluster, and its cloud quotas with what those use.
/// </summary>
internal sealed class OksProjectResources(OksState state)
{
    public const int ProjectQuota = 10;
    public const int ClustersPerProjectQuota = 10;
    private const string AccountId = "123456789012";

    public EmuResult Quotas(string projectId) => WithProject(projectId, (project, clusters) =>
    {
        var region = project.Data.Str("region")!;
        JsonObject Quota(string name, string collection, string text, int max, int used) => new()
        {
            ["ShortDescription"] = text, ["QuotaCollection"] = collection, ["AccountId"] = AccountId,
            ["Description"] = $"The most {text.ToLowerInvariant()} the account may hold.", ["MaxValue"] = max, ["UsedValue"] = used, ["Name"] = name,
        };
        var data = new JsonObject
        {
            ["quotas"] = new JsonArray(
                Quota("vm_limit", "Compute", "VMs", 100, clusters.Count * 3),
                Quota("public_ip_limit", "Network", "public IPs", 20, PublicIps(project, clusters).Count),
                Quota("lbu_limit", "Network", "load balancers", 20, clusters.Count),
                Quota("snapshot_limit", "Storage", "snapshots", 1000, Snapshots(project, clusters).Count)),
            ["subregions"] = new JsonArray([.. OksCatalog.CpSubregions.Select(s => (JsonNode)new JsonObject
            {
                ["State"] = "available", ["RegionName"] = region, ["SubregionName"] = region + s[^1], ["LocationCode"] = "PAR" + s[0],
            })]),
        };
        return OksDialect.Answer("Project", new JsonObject { ["request_id"] = EmulatorContext.RequestId(), ["data"] = data });
    });

    public EmuResult Snapshots(string projectId) => WithProject(projectId, (project, clusters) => OksDialect.Answer("Snapshots", Snapshots(project, clusters)));

    public EmuResult PublicIps(string projectId) => WithProject(projectId, (project, clusters) => OksDialect.Answer("PublicIps", PublicIps(project, clusters)));

    public EmuResult Nets(string projectId) => WithProject(projectId, (project, _) => OksDialect.Answer("Nets", new JsonArray(new JsonObject
    {
        ["DhcpOptionsSetId"] = "dopt-" + Hex(project.Id, "dhcp"),
        ["IpRange"] = project.Data.Str("cidr"),
        ["NetId"] = NetId(project),
        ["State"] = project.State(state.Emu.Now) == "pending" ? "pending" : "available",
        ["Tenancy"] = "default",
    })));

    /// <summary>The account's OKS limits.</summary>
    public static EmuResult AccountQuotas() => OksDialect.Answer("Quotas", new JsonObject
    {
        ["Projects"] = ProjectQuota,
        ["ClustersPerProject"] = ClustersPerProjectQuota,
        ["KubeVersions"] = OksCatalog.Strings(OksCatalog.Versions),
        ["CPSubregions"] = OksCatalog.Strings(OksCatalog.CpSubregions),
    });

    private EmuResult WithProject(string projectId, Func<StoredResource, List<StoredResource>, EmuResult> answer)
    {
        lock (state.Gate)
        {
            var now = state.Emu.Now;
            if (state.Projects.Find(projectId, now) is not { } project) return OksDialect.NotFound("Project");
            return answer(project, [.. state.Clusters.All(now).Where(c => c.Data.Str("project_id") == projectId)]);
        }
    }

    private JsonArray Snapshots(StoredResource project, List<StoredResource> clusters) =>
        new([.. clusters.Where(c => c.IsSettled(state.Emu.Now)).Select(c => (JsonNode)new JsonObject
        {
            ["VolumeSize"] = 20, ["AccountId"] = AccountId, ["VolumeId"] = "vol-" + Hex(c.Id, "etcd"),
            ["CreationDate"] = c.Data["statuses"].Str("created_at"), ["Progress"] = 100, ["SnapshotId"] = "snap-" + Hex(c.Id, "snapshot"),
            ["State"] = "completed", ["Description"] = $"etcd backup of cluster {c.Data.Str("name")}",
            ["Tags"] = new JsonArray(Tag("OscK8sClusterID", c.Id), Tag("OscK8sProjectID", project.Id)),
            ["PermissionsToCreateVolume"] = new JsonObject { ["GlobalPermission"] = 0, ["AccountIds"] = new JsonArray() },
        })]);

    private static JsonArray PublicIps(StoredResource project, List<StoredResource> clusters)
    {
        var ips = new JsonArray(PublicIp(project.Id, "nat", Tag("OscK8sProjectID", project.Id), Tag("Name", "nat-" + NetId(project))));
        // As a JsonNode: the generic JsonArray.Add<T> would serialize by reflection.
        foreach (var c in clusters) ips.Add((JsonNode)PublicIp(c.Id, "api", Tag("OscK8sClusterID", c.Id), Tag("OscK8sProjectID", project.Id)));
        return ips;
    }

    private static JsonObject PublicIp(string owner, string use, params JsonObject[] tags)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(owner + use));
        return new JsonObject
        {
            ["Tags"] = new JsonArray([.. tags]),
            ["PublicIp"] = $"198.51.100.{(bytes[0] % 254) + 1}",
            ["PublicIpId"] = "eipalloc-" + Hex(owner, use),
        };
    }

    private static string NetId(StoredResource project) => "vpc-" + Hex(project.Id, "net");

    private static JsonObject Tag(string key, string value) => new() { ["Key"] = key, ["Value"] = value };

    private static string Hex(string owner, string use) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(owner + "/" + use)))[..8].ToLowerInvariant();
}
