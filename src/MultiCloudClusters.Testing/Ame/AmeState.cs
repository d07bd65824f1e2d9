using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>AME clusters and node pools in memory, scoped to the one organisation and its environments.</summary>
internal sealed class AmeState(EmulatorContext emu, AmeEmulatorEndpoint endpoint)
{
    private readonly List<AmeCluster> clusters = [];
    private long nextPoolId = 100;

    public EmulatorContext Emu { get; } = emu;

    public AmeEmulatorEndpoint Endpoint { get; } = endpoint;

    public object Gate { get; } = new();

    public static string EnvironmentIdentity(string slug) => new Guid(MD5.HashData(Encoding.UTF8.GetBytes("env:" + slug))).ToString();

    public List<AmeCluster> Clusters(DateTimeOffset now)
    {
        clusters.RemoveAll(c => c.Life.StateAt(now) == StoredResource.Gone);
        return [.. clusters];
    }

    public void Add(AmeCluster cluster) => clusters.Add(cluster);

    public EmuResult? CheckScope(string org, string? env)
    {
        if (org != Endpoint.Organisation) return AmeDialect.NotFound($"Organisation {org}");
        return env is not null && !Endpoint.Environments.Contains(env) ? AmeDialect.NotFound($"Environment {env}") : null;
    }

    public EmuResult? Find(string org, string env, string slug, out AmeCluster? cluster)
    {
        cluster = null;
        if (CheckScope(org, env) is { } refused) return refused;
        cluster = Clusters(Emu.Now).FirstOrDefault(c => c.Slug == slug && c.Environment == env);
        return cluster is null ? AmeDialect.NotFound($"Cluster {slug}") : null;
    }

    public JsonObject NewCluster(JsonObject body, string slug, string env, DateTimeOffset now)
    {
        var json = new JsonObject
        {
            ["identity"] = Guid.NewGuid().ToString(),
            ["name"] = body.Str("name"),
            ["slug"] = slug,
            ["description"] = body.Str("description") ?? "",
            ["customerIdentity"] = new Guid(MD5.HashData(Encoding.UTF8.GetBytes("org:" + Endpoint.Organisation))).ToString(),
            ["customerSlug"] = Endpoint.Organisation,
            ["environmentIdentity"] = EnvironmentIdentity(env),
            ["environmentSlug"] = env,
            ["cloudProvider"] = "aws",
            ["cloudAccount"] = new JsonObject { ["identity"] = body.Str("cloudAccountIdentity"), ["displayName"] = "Emulator account" },
            ["region"] = body.Str("region"),
            ["version"] = body.Str("version"),
            ["updateChannel"] = new JsonObject { ["name"] = body.Str("updateChannel") ?? "stable", ["available"] = true, ["kubernetesClusterVersion"] = body.Str("version") },
            ["cni"] = body.Str("cni") ?? "cilium",
            ["podSecurityStandardsProfile"] = body.Str("podSecurityStandardsProfile") ?? "baseline",
            ["clusterPodSubnet"] = body.Str("clusterPodSubnet") ?? "10.244.0.0/16",
            ["serviceSubnet"] = body.Str("serviceSubnet") ?? "10.96.0.0/12",
            ["autoUpgrade"] = body.Bool("enableAutoUpgrade") ?? false,
            ["highlyAvailable"] = body.Bool("enableHighAvailability") ?? body.Bool("enableHA") ?? false,
            ["enableMultiAvailabilityZones"] = body.Bool("enableMultiAvailabilityZones") ?? false,
            ["enableNATGateway"] = body.Bool("enableNATGateway") ?? false,
            ["enableNetworkEncryption"] = body.Bool("enableNetworkEncryption") ?? false,
            ["ameOIDC"] = true,
            ["deleteProtection"] = false,
            ["environmentPrometheusRules"] = true,
            ["ipWhitelist"] = body["ipWhitelist"]?.DeepClone() ?? new JsonArray(),
            ["addons"] = body["addons"]?.DeepClone() ?? new JsonObject(),
            ["clusterAutoscalerSettings"] = body["clusterAutoscalerSettings"]?.DeepClone(),
            ["createdAt"] = RequestBody.Iso(now),
            ["modifiedAt"] = RequestBody.Iso(now),
            ["deletedAt"] = null,
        };
        return json;
    }

    public static void ApplyChanges(JsonObject data, JsonObject body)
    {
        var renames = new Dictionary<string, string>
        {
            ["version"] = "version", ["cni"] = "cni", ["podSecurityStandardsProfile"] = "podSecurityStandardsProfile",
            ["enableAutoUpgrade"] = "autoUpgrade", ["enableHighAvailability"] = "highlyAvailable",
            ["enableNetworkEncryption"] = "enableNetworkEncryption", ["deleteProtection"] = "deleteProtection",
            ["ipWhitelist"] = "ipWhitelist", ["addons"] = "addons", ["enableNetworkProxy"] = "enableNetworkProxy",
            ["clusterAutoscalerSettings"] = "clusterAutoscalerSettings",
        };
        foreach (var (from, to) in renames.Where(r => body[r.Key] is not null)) data[to] = body[from]!.DeepClone();
        if (body.Str("updateChannel") is { } channel) data["updateChannel"]!["name"] = channel;
    }

    public StoredResource NewPool(JsonObject body, DateTimeOffset now)
    {
        var id = Interlocked.Increment(ref nextPoolId);
        var json = AmeNodePools.Document(body, id, Guid.NewGuid().ToString(), RequestBody.Iso(now));
        return new StoredResource(id.ToString(System.Globalization.CultureInfo.InvariantCulture), json, new Lifecycle(now, Emu.Step, "DONE", "ACCEPTED"));
    }

    public void Seed()
    {
        var now = Emu.Now;
        foreach (var (name, env) in new[] { ("web", "production"), ("batch", "production"), ("test", "staging") })
        {
            var body = new JsonObject
            {
                ["name"] = name, ["cloudAccountIdentity"] = Endpoint.CloudAccountIdentity.ToString(), ["region"] = "eu-west-1", ["version"] = "v1.31.4-u-ame.1",
            };
            var cluster = new AmeCluster(NewCluster(body, name, env, now), Lifecycle.Settled(now, "started"));
            cluster.Pools.Add(NewPool(new JsonObject { ["name"] = "workers", ["nodeSize"] = "t3.large", ["minSize"] = 2, ["maxSize"] = 4 }, now));
            clusters.Add(cluster);
        }
    }
}
