using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>AME node pools: a plain array, integer <c>id</c> for update/delete, UUID <c>identity</c> for join-config.</summary>
internal sealed partial class AmeNodePools(AmeState state)
{
    private static readonly string[] Fields = ["name", "nodeSize", "availabilityZone", "autoScaling", "minSize", "maxSize", "enableNodeAutoReplacement", "enableNodeReboots", "upgradeStrategy", "securityUpdatesOnJoin", "annotations", "labels", "taints"];

    [GeneratedRegex("^[a-z0-9-]{1,25}$")]
    private static partial Regex NamePattern();

    public static string? Check(JsonObject? pool) =>
        pool?.Str("name") is { } name && NamePattern().IsMatch(name) ? null : "nodePools.name: must match ^[a-z0-9-]+$ with 1 to 25 characters";

    public static JsonObject Document(JsonObject body, long id, string identity, string at)
    {
        var json = new JsonObject { ["id"] = id, ["identity"] = identity };
        foreach (var field in Fields) json[field] = body[field]?.DeepClone();
        json["nodeSize"] ??= "t3.large";
        json["autoScaling"] ??= false;
        json["securityUpdatesOnJoin"] ??= "OFF";
        json["minSize"] ??= 1;
        json["maxSize"] ??= json["minSize"]!.DeepClone();
        json["annotations"] ??= new JsonObject();
        json["labels"] ??= new JsonObject();
        json["taints"] ??= new JsonArray();
        json["createdAt"] = at;
        json["modifiedAt"] = at;
        return json;
    }

    public EmuResult List(string org, string env, string slug)
    {
        lock (state.Gate)
        {
            var now = state.Emu.Now;
            return state.Find(org, env, slug, out var c) ?? EmuResult.Ok(new JsonArray([.. c!.Pools.Select(p => (JsonNode)AmeCluster.RenderPool(p, now))]));
        }
    }

    public async Task<EmuResult> Create(HttpContext context, string org, string env, string slug)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return AmeDialect.BadRequest("body: malformed JSON");
        if (Check(body) is { } bad) return AmeDialect.BadRequest(bad);
        lock (state.Gate)
        {
            var now = state.Emu.Now;
            if (state.Find(org, env, slug, out var c) is { } missing) return missing;
            if (c!.Pools.Any(p => p.Data.Str("name") == body.Str("name"))) return AmeDialect.Error(400, $"A node pool named {body.Str("name")} already exists");
            var pool = state.NewPool(body, now);
            c.Pools.Add(pool);
            state.Emu.Counters.CreateApplied(EmulatedProvider.Ame, "CreateNodePool");
            return EmuResult.Json(201, AmeCluster.RenderPool(pool, now));
        }
    }

    public async Task<EmuResult> Update(HttpContext context, string org, string env, string slug, string poolId)
    {
        if (!long.TryParse(poolId, out _)) return AmeDialect.BadRequest("nodePoolId: must be an integer");
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return AmeDialect.BadRequest("body: malformed JSON");
        if (Check(body) is { } bad) return AmeDialect.BadRequest(bad);
        lock (state.Gate)
        {
            var now = state.Emu.Now;
            if (state.Find(org, env, slug, out var c) is { } missing) return missing;
            if (c!.Pools.FirstOrDefault(p => p.Id == poolId) is not { } pool) return AmeDialect.NotFound($"Node pool {poolId}");
            var stored = pool.Data.Str("securityUpdatesOnJoin");
            pool.Data = Document(body, long.Parse(poolId, System.Globalization.CultureInfo.InvariantCulture), pool.Data.Str("identity")!, pool.Data.Str("createdAt")!);
            if (body["securityUpdatesOnJoin"] is null) pool.Data["securityUpdatesOnJoin"] = stored; // left out: the stored value stays
            pool.Data["modifiedAt"] = RequestBody.Iso(now);
            pool.Life = new Lifecycle(now, state.Emu.Step, "DONE", "UPDATING");
            return EmuResult.Ok(AmeCluster.RenderPool(pool, now));
        }
    }

    public EmuResult Delete(string org, string env, string slug, string poolId)
    {
        if (!long.TryParse(poolId, out _)) return AmeDialect.BadRequest("nodePoolId: must be an integer");
        lock (state.Gate)
        {
            if (state.Find(org, env, slug, out var c) is { } missing) return missing;
            return c!.Pools.RemoveAll(p => p.Id == poolId) == 0 ? AmeDialect.NotFound($"Node pool {poolId}") : EmuResult.Empty(204);
        }
    }

    public EmuResult JoinConfig(string org, string env, string slug, string identity)
    {
        if (!Guid.TryParse(identity, out _)) return AmeDialect.BadRequest("nodePoolIdentity: must be a UUID");
        lock (state.Gate)
        {
            if (state.Find(org, env, slug, out var c) is { } missing) return missing;
            return c!.Pools.Any(p => p.Data.Str("identity") == identity)
                ? EmuResult.Ok(AmeExtras.JoinConfig(c.Data.Str("version")!, identity))
                : AmeDialect.NotFound($"Node pool {identity}");
        }
    }
}
