using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MultiCloudClusters.Emulator.Kubernetes;

/// <summary>The Kubernetes JSON shapes the emulated API servers answer with (kind, apiVersion, metadata, items).</summary>
internal static class KubeObjects
{
    public const string PoolLabel = "multicloudclusters.emulator/node-pool";
    private static readonly string[] Namespaces = ["default", "kube-node-lease", "kube-public", "kube-system"];

    /// <summary><c>v1.31.0</c> from <c>1.31</c>; <c>v1.31.4-u-ame.1</c> stays as it is.</summary>
    public static string GitVersion(string version)
    {
        var bare = version.TrimStart('v');
        return "v" + (bare.Count(c => c == '.') == 1 && !bare.Contains('-', StringComparison.Ordinal) ? bare + ".0" : bare);
    }

    public static JsonObject Version(KubeClusterView cluster)
    {
        var parts = GitVersion(cluster.Version)[1..].Split('.', '-');
        return new JsonObject
        {
            ["major"] = parts[0],
            ["minor"] = parts.Length > 1 ? parts[1] : "0",
            ["gitVersion"] = GitVersion(cluster.Version),
            ["gitCommit"] = "0000000000000000000000000000000000000000",
            ["gitTreeState"] = "clean",
            ["buildDate"] = Time(cluster.CreatedAt),
            ["goVersion"] = "emulated",
            ["compiler"] = "gc",
            ["platform"] = "linux/amd64",
        };
    }

    public static JsonObject ApiVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public static JsonObject CoreResources() => ResourceList("v1", Resource("namespaces", "Namespace", "ns"), Resource("nodes", "Node", "no"));

    public static JsonObject Groups(KubeResourceType? pools) => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = pools is null ? new JsonArray() : new JsonArray(new JsonObject
        {
            ["name"] = pools.Group,
            ["versions"] = new JsonArray(GroupVersion(pools)),
            ["preferredVersion"] = GroupVersion(pools),
        }),
    };

    public static JsonObject PoolResources(KubeResourceType pools) => ResourceList($"{pools.Group}/{pools.Version}", Resource(pools.Plural, pools.Kind, null));

    public static List<JsonObject> NamespaceItems(KubeClusterView cluster) =>
        [.. Namespaces.Select(name => new JsonObject
        {
            ["kind"] = "Namespace",
            ["apiVersion"] = "v1",
            ["metadata"] = Metadata(cluster, name, new JsonObject { ["kubernetes.io/metadata.name"] = name }),
            ["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") },
            ["status"] = new JsonObject { ["phase"] = "Active" },
        })];

    public static List<JsonObject> NodeItems(KubeClusterView cluster, DateTimeOffset now)
    {
        var nodes = new List<JsonObject>();
        foreach (var (pool, p) in cluster.Pools.Select((pool, p) => (pool, p)))
        {
            for (var i = 0; i < pool.Nodes; i++)
            {
                var name = $"{pool.Name}-{i}";
                var labels = new JsonObject
                {
                    ["kubernetes.io/hostname"] = name,
                    ["kubernetes.io/os"] = "linux",
                    ["kubernetes.io/arch"] = "amd64",
                    ["node.kubernetes.io/instance-type"] = pool.InstanceType,
                    ["topology.kubernetes.io/zone"] = pool.Zone,
                    [PoolLabel] = pool.Name,
                };
                nodes.Add(new JsonObject
                {
                    ["kind"] = "Node",
                    ["apiVersion"] = "v1",
                    ["metadata"] = Metadata(cluster, name, labels),
                    ["spec"] = new JsonObject { ["providerID"] = $"emulator://{cluster.Name}/{name}" },
                    ["status"] = NodeStatus(cluster, name, $"10.0.{p % 256}.{(i + 10) % 256}", now),
                });
            }
        }

        return nodes;
    }

    public static List<JsonObject> PoolItems(KubeClusterView cluster, KubeResourceType type) =>
        [.. cluster.Pools.Select(pool => new JsonObject
        {
            ["apiVersion"] = $"{type.Group}/{type.Version}",
            ["kind"] = type.Kind,
            ["metadata"] = Metadata(cluster, pool.Name, null),
            ["spec"] = pool.Spec?.DeepClone(),
        })];

    public static JsonObject List(string apiVersion, string kind, IEnumerable<JsonObject> items) => new()
    {
        ["kind"] = kind,
        ["apiVersion"] = apiVersion,
        ["metadata"] = new JsonObject { ["resourceVersion"] = "1" },
        ["items"] = new JsonArray([.. items]),
    };

    /// <summary>A <c>Status</c> failure, as the API server answers a refused or failed request.</summary>
    public static JsonObject Status(int code, string reason, string message, JsonObject? details = null) => WithoutNulls(new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["details"] = details,
        ["code"] = code,
    });

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Metadata(KubeClusterView cluster, string name, JsonObject? labels) => WithoutNulls(new()
    {
        ["name"] = name,
        ["uid"] = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"{cluster.Name}/{name}"))).ToString(),
        ["resourceVersion"] = "1",
        ["creationTimestamp"] = Time(cluster.CreatedAt),
        ["labels"] = labels,
    });

    private static JsonObject NodeStatus(KubeClusterView cluster, string name, string address, DateTimeOffset now)
    {
        var capacity = new JsonObject { ["cpu"] = "4", ["memory"] = "16393244Ki", ["pods"] = "110", ["ephemeral-storage"] = "50620216Ki" };
        var version = GitVersion(cluster.Version);
        return new JsonObject
        {
            ["capacity"] = capacity,
            ["allocatable"] = capacity.DeepClone(),
            ["conditions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Ready",
                ["status"] = "True",
                ["lastHeartbeatTime"] = Time(now),
                ["lastTransitionTime"] = Time(cluster.CreatedAt),
                ["reason"] = "KubeletReady",
                ["message"] = "kubelet is posting ready status",
            }),
            ["addresses"] = new JsonArray(
                new JsonObject { ["type"] = "InternalIP", ["address"] = address },
                new JsonObject { ["type"] = "Hostname", ["address"] = name }),
            ["nodeInfo"] = new JsonObject
            {
                ["machineID"] = Guid.Empty.ToString("N"),
                ["systemUUID"] = Guid.Empty.ToString(),
                ["bootID"] = Guid.Empty.ToString(),
                ["kernelVersion"] = "6.1.0-emulated",
                ["osImage"] = "Emulated Linux",
                ["containerRuntimeVersion"] = "containerd://1.7.22",
                ["kubeletVersion"] = version,
                ["kubeProxyVersion"] = version,
                ["operatingSystem"] = "linux",
                ["architecture"] = "amd64",
            },
        };
    }

    private static JsonObject GroupVersion(KubeResourceType type) => new() { ["groupVersion"] = $"{type.Group}/{type.Version}", ["version"] = type.Version };

    private static JsonObject ResourceList(string groupVersion, params JsonObject[] resources) => new()
    {
        ["kind"] = "APIResourceList",
        ["apiVersion"] = "v1",
        ["groupVersion"] = groupVersion,
        ["resources"] = new JsonArray(resources),
    };

    private static JsonObject Resource(string plural, string kind, string? shortName) => WithoutNulls(new()
    {
        ["name"] = plural,
        ["singularName"] = kind.ToLowerInvariant(),
        ["namespaced"] = false,
        ["kind"] = kind,
        ["verbs"] = new JsonArray("get", "list"),
        ["shortNames"] = shortName is null ? null : new JsonArray(shortName),
    });

    /// <summary>Kubernetes leaves out empty optional members rather than writing null.</summary>
    private static JsonObject WithoutNulls(JsonObject json)
    {
        foreach (var key in json.Where(m => m.Value is null).Select(m => m.Key).ToList()) json.Remove(key);
        return json;
    }
}
