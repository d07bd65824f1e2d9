using System.Text.Json.Nodes;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Imply;

/// <summary>One Imply cluster: its configuration, version history, servers and run-state lifecycle.</summary>
internal sealed class ImplyCluster(string uid)
{
    private static readonly (string Tier, string Path)[] Tiers = [("master", "master"), ("query", "query"), ("data", "data.tier1"), ("data", "data.tier2"), ("data", "data.tier3")];

    public string Uid { get; } = uid;

    public JsonObject Config { get; set; } = [];

    public long ResourceVersion { get; set; }

    public Lifecycle Life { get; set; } = Lifecycle.Settled(DateTimeOffset.MinValue, "RUNNING");

    public List<JsonObject> Servers { get; } = [];

    public Dictionary<long, JsonObject> History { get; } = [];

    public static string FinalState(JsonNode? config) => config?["spec"].Str("desiredState") == "STOPPED" ? "STOPPED" : "RUNNING";

    public bool IsBusy(DateTimeOffset now) => !Life.IsSettled(now);

    public JsonObject Render(DateTimeOffset now) => Render(Config, ResourceVersion, Life.StateAt(now));

    public JsonObject Render(JsonObject config, long version, string state)
    {
        var json = (JsonObject)config.DeepClone();
        var serverState = state switch { "RUNNING" => "RUNNING", "STOPPED" => "STOPPED", _ => "PENDING" };
        json["status"] = new JsonObject
        {
            ["resourceVersion"] = version,
            ["state"] = state,
            ["servers"] = new JsonArray([.. Servers.Select(s => { var c = (JsonObject)s.DeepClone(); c["state"] = serverState; return (JsonNode)c; })]),
        };
        return json;
    }

    /// <summary>Stores a new configuration: bumps the version, keeps the history, and lays out one server per replica.</summary>
    public void Commit(JsonObject config, Lifecycle life, DateTimeOffset now)
    {
        Config = config;
        ResourceVersion++;
        Life = life;
        var kept = Servers.ToList();
        Servers.Clear();
        foreach (var (tier, path) in Tiers)
        {
            var node = path.Split('.').Aggregate((JsonNode?)config["spec"], (n, p) => n?[p]);
            if (node is null && tier == "data" && path != "data.tier1") continue;
            var replicas = node.Long("replicas") ?? 1;
            for (var i = 0; i < replicas; i++)
            {
                var old = kept.FirstOrDefault(s => s.Str("tier") == path);
                if (old is not null) kept.Remove(old);
                Servers.Add(new JsonObject
                {
                    ["instanceId"] = old.Str("instanceId") ?? NewInstanceId(),
                    ["instanceType"] = node.Str("instanceType") ?? "m5.large",
                    ["tier"] = path,
                });
            }
        }

        History[ResourceVersion] = Render(config, ResourceVersion, life.Final);
        _ = now;
    }

    public static string NewInstanceId() => "i-" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..17].ToLowerInvariant();
}
