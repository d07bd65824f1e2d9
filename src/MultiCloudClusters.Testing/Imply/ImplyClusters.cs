using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Imply;

/// <summary>Imply cluster endpoints: create, list, get, merge-patch, overwrite, delete, history, server replacement.</summary>
internal sealed class ImplyClusters(EmulatorContext emu)
{
    private readonly object gate = new();
    private readonly List<ImplyCluster> clusters = [];

    public void Seed()
    {
        foreach (var name in new[] { "analytics", "metrics", "events" })
        {
            var cluster = new ImplyCluster(Guid.NewGuid().ToString());
            var config = Config(name, "STARTED");
            config["metadata"]!["uid"] = cluster.Uid;
            cluster.Commit(config, Lifecycle.Settled(emu.Now, "RUNNING"), emu.Now);
            clusters.Add(cluster);
        }
    }

    public EmuResult List()
    {
        lock (gate)
        {
            Purge();
            return EmuResult.Ok(new JsonArray([.. clusters.Select(c => (JsonNode)c.Render(emu.Now))]));
        }
    }

    public EmuResult Get(string id)
    {
        lock (gate) { return Find(id) is { } c ? EmuResult.Ok(c.Render(emu.Now)) : ImplyDialect.NotFound($"Cluster {id}"); }
    }

    public EmuResult History(string id, string version)
    {
        lock (gate)
        {
            if (Find(id) is not { } c) return ImplyDialect.NotFound($"Cluster {id}");
            return long.TryParse(version, out var v) && c.History.TryGetValue(v, out var old)
                ? EmuResult.Ok((JsonObject)old.DeepClone())
                : ImplyDialect.NotFound($"Version {version} of cluster {id}");
        }
    }

    public async Task<EmuResult> Create(HttpContext context)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return ImplyDialect.BadArgument("", "MalformedValue", "The body is not a JSON object.");
        var config = new JsonObject { ["metadata"] = body["metadata"]?.DeepClone() ?? new JsonObject(), ["spec"] = body["spec"]?.DeepClone() };
        if (Validate(config) is { } invalid) return invalid;
        var cluster = new ImplyCluster(Guid.NewGuid().ToString());
        config["metadata"]!["uid"] = cluster.Uid;
        var now = emu.Now;
        var life = new Lifecycle(now, emu.Step, ImplyCluster.FinalState(config), "STARTING");
        if (DryRun(context)) return EmuResult.Ok(Preview(cluster, config, life));
        lock (gate)
        {
            cluster.Commit(config, life, now);
            clusters.Add(cluster);
            emu.Counters.CreateApplied(EmulatedProvider.Imply, "CreateCluster");
            // Imply answers a real create with 202 (request accepted) and only a dry run with 200.
            return EmuResult.Json(202, cluster.Render(now));
        }
    }

    public async Task<EmuResult> Change(HttpContext context, string id, bool overwrite)
    {
        if (!overwrite && context.Request.ContentType?.StartsWith("application/merge-patch+json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return ImplyDialect.Error(415, "UnsupportedMediaType", "PATCH needs Content-Type application/merge-patch+json.");
        }

        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return ImplyDialect.BadArgument("", "MalformedValue", "The body is not a JSON object.");
        if (overwrite && body["spec"]?["pivot"]?["accessMode"] is null)
        {
            return ImplyDialect.Error(500, "InternalError", "An unexpected error occurred.");
        }

        var now = emu.Now;
        lock (gate)
        {
            if (Find(id) is not { } cluster) return ImplyDialect.NotFound($"Cluster {id}");
            body.Remove("status");
            var config = overwrite
                ? new JsonObject { ["metadata"] = body["metadata"]?.DeepClone() ?? new JsonObject(), ["spec"] = body["spec"]!.DeepClone() }
                : (JsonObject)JsonMergePatch.Apply(cluster.Config, body)!;
            if (config["metadata"].Str("uid") is { } uid && uid != id) return ImplyDialect.BadArgument("metadata.uid", "MalformedValue", "metadata.uid cannot change.");
            config["metadata"] ??= new JsonObject();
            config["metadata"]!["uid"] = id;
            if (Validate(config) is { } invalid) return invalid;
            var life = new Lifecycle(now, emu.Step, ImplyCluster.FinalState(config), "UPDATING");
            if (DryRun(context)) return EmuResult.Ok(Preview(cluster, config, life));
            if (cluster.IsBusy(now)) return ImplyDialect.Busy(id);
            if (JsonNode.DeepEquals(config, cluster.Config)) return EmuResult.Ok(cluster.Render(now));
            cluster.Commit(config, life, now);
            return EmuResult.Json(202, cluster.Render(now)); // accepted: the change rolls out in the background
        }
    }

    public EmuResult Delete(string id)
    {
        var now = emu.Now;
        lock (gate)
        {
            if (Find(id) is not { } cluster) return ImplyDialect.NotFound($"Cluster {id}");
            if (cluster.IsBusy(now)) return ImplyDialect.Busy(id);
            cluster.Life = new Lifecycle(now, emu.Step, StoredResource.Gone, "TERMINATING");
            return EmuResult.Empty(204);
        }
    }

    public EmuResult ReplaceServer(string id, string instanceId)
    {
        var now = emu.Now;
        lock (gate)
        {
            if (Find(id) is not { } cluster) return ImplyDialect.NotFound($"Cluster {id}");
            if (cluster.Servers.FirstOrDefault(s => s.Str("instanceId") == instanceId) is not { } server) return ImplyDialect.NotFound($"Server {instanceId}");
            if (cluster.IsBusy(now)) return ImplyDialect.Busy(id);
            server["instanceId"] = ImplyCluster.NewInstanceId();
            cluster.Life = new Lifecycle(now, emu.Step, cluster.Life.Final, "UPDATING");
            return EmuResult.Empty(202);
        }
    }

    private static bool DryRun(HttpContext context) => string.Equals(context.Request.Query["dryRun"], "true", StringComparison.OrdinalIgnoreCase);

    private static JsonObject Preview(ImplyCluster cluster, JsonObject config, Lifecycle life) =>
        cluster.Render(config, cluster.ResourceVersion, life.Final);

    private static EmuResult? Validate(JsonObject config)
    {
        if (string.IsNullOrWhiteSpace(config["metadata"].Str("name"))) return ImplyDialect.BadArgument("metadata.name", "NullValue", "metadata.name is required.");
        if (config["spec"] is not JsonObject spec) return ImplyDialect.BadArgument("spec", "NullValue", "spec is required.");
        if (spec.Str("desiredState") is { } desired && desired is not ("STARTED" or "STOPPED"))
        {
            return ImplyDialect.BadArgument("spec.desiredState", "MalformedValue", "desiredState must be STARTED or STOPPED.");
        }

        return RuntimePropertiesError(spec, "spec");
    }

    /// <summary>Every <c>*RuntimeProperties</c> member is a list of <c>{name, value}</c> objects, as Imply's own sample shows.</summary>
    private static EmuResult? RuntimePropertiesError(JsonObject node, string path)
    {
        foreach (var (key, value) in node)
        {
            var at = $"{path}.{key}";
            if (key.EndsWith("RuntimeProperties", StringComparison.Ordinal) && value is not null)
            {
                if (value is not JsonArray list || list.Any(p => p is not JsonObject o || string.IsNullOrEmpty(o.Str("name"))))
                {
                    return ImplyDialect.BadArgument(at, "MalformedValue", $"{at} must be a list of {{name, value}} objects.");
                }
            }
            else if (value is JsonObject child && RuntimePropertiesError(child, at) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private ImplyCluster? Find(string id)
    {
        Purge();
        return clusters.FirstOrDefault(c => c.Uid == id);
    }

    private void Purge() => clusters.RemoveAll(c => c.Life.StateAt(emu.Now) == StoredResource.Gone);

    private static JsonObject Config(string name, string desired) => new()
    {
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject
        {
            ["version"] = "2024.01",
            ["desiredState"] = desired,
            ["master"] = new JsonObject { ["replicas"] = 1, ["instanceType"] = "t3.medium" },
            ["query"] = new JsonObject { ["replicas"] = 1, ["instanceType"] = "m5.large" },
            ["data"] = new JsonObject { ["tier1"] = new JsonObject { ["replicas"] = 2, ["instanceType"] = "i3.xlarge" } },
            ["pivot"] = new JsonObject { ["accessMode"] = "PROXIED" },
            ["deepStorage"] = new JsonObject { ["path"] = "s3://emulator-bucket/" + name, ["encrypt"] = true },
        },
    };
}
