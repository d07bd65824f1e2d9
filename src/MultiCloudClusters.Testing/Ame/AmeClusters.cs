using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>AME cluster endpoints: list (Spring pages), create (provisioning → started), get, PATCH (start/stop/delete/changes), move.</summary>
internal sealed partial class AmeClusters(AmeState state)
{
    private static readonly string[] Required = ["name", "cloudAccountIdentity", "region", "version", "nodePools"];
    private EmulatorContext Emu => state.Emu;

    public EmuResult List(HttpContext context, string org, string? env)
    {
        if (state.CheckScope(org, env) is { } refused) return refused;
        var q = context.Request.Query;
        lock (state.Gate)
        {
            var items = state.Clusters(Emu.Now)
                .Where(c => env is null || c.Environment == env)
                .Where(c => !q.ContainsKey("maintenanceSchedule") || c.Data["maintenanceSchedule"].Str("identity") == q["maintenanceSchedule"])
                .Select(c => (JsonNode)c.Render(Emu.Now, Flag(context, "includeDetails"), Flag(context, "show-compute")))
                .ToList();
            return AmePaging.Page(context.Request, Emu, items);
        }
    }

    public EmuResult Get(HttpContext context, string org, string env, string slug)
    {
        lock (state.Gate)
        {
            return state.Find(org, env, slug, out var c) ?? EmuResult.Ok(c!.Render(Emu.Now, Flag(context, "includeDetails"), Flag(context, "show-compute")));
        }
    }

    public async Task<EmuResult> Create(HttpContext context, string org, string env)
    {
        if (state.CheckScope(org, env) is { } refused) return refused;
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return AmeDialect.BadRequest("body: malformed JSON");
        var problems = Required.Where(r => body[r] is null).Select(r => $"{r}: must not be null").ToList();
        if (body["nodePools"] is JsonArray pools) problems.AddRange(pools.Select(p => AmeNodePools.Check(p as JsonObject)).OfType<string>());
        if (problems.Count > 0) return AmeDialect.BadRequest([.. problems]);
        var now = Emu.Now;
        lock (state.Gate)
        {
            var slug = Slugify(body.Str("name")!);
            if (state.Clusters(now).Any(c => c.Slug == slug)) return AmeDialect.Error(400, $"A cluster with slug {slug} already exists");
            var cluster = new AmeCluster(state.NewCluster(body, slug, env, now), new Lifecycle(now, Emu.Step, "started", "provisioning"));
            foreach (var pool in (JsonArray)body["nodePools"]!) cluster.Pools.Add(state.NewPool((JsonObject)pool!, now));
            state.Add(cluster);
            Emu.Counters.CreateApplied(EmulatedProvider.Ame, "CreateCluster");
            return EmuResult.Json(201, cluster.Render(now, false, false));
        }
    }

    public async Task<EmuResult> Update(HttpContext context, string org, string env, string slug)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return AmeDialect.BadRequest("body: malformed JSON");
        var now = Emu.Now;
        lock (state.Gate)
        {
            if (state.Find(org, env, slug, out var c) is { } missing) return missing;
            var cluster = c!;
            var current = cluster.Life.StateAt(now);
            if (body.Str("status") is { } wanted)
            {
                if (cluster.IsBusy(now)) return AmeDialect.Error(400, $"Cluster {slug} is {current}; wait until it settles");
                (string Needs, string Final)? move = wanted switch
                {
                    "stopping" => ("started", "stopped"),
                    "starting" => ("stopped", "started"),
                    "deleting" => (current, StoredResource.Gone),
                    _ => null,
                };
                if (move is null) return AmeDialect.BadRequest("status: must be one of starting, stopping, deleting");
                if (move.Value.Needs != current) return AmeDialect.Error(400, $"Cluster {slug} is {current}; cannot go {wanted}");
                if (wanted == "deleting" && cluster.Data.Bool("deleteProtection") == true) return AmeDialect.Error(400, "Delete protection is on for this cluster");
                cluster.Life = new Lifecycle(now, Emu.Step, move.Value.Final, wanted);
            }

            AmeState.ApplyChanges(cluster.Data, body);
            cluster.Data["modifiedAt"] = RequestBody.Iso(now);
            return EmuResult.Ok(cluster.Render(now, false, false));
        }
    }

    public async Task<EmuResult> Move(HttpContext context, string org, string slug)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return AmeDialect.BadRequest("body: malformed JSON");
        if (body.Str("currentEnvironment") is not { } from || body.Str("newEnvironment") is not { } to)
        {
            return AmeDialect.BadRequest("currentEnvironment: must not be null", "newEnvironment: must not be null");
        }

        lock (state.Gate)
        {
            if (state.Find(org, from, slug, out var c) is { } missing) return missing;
            if (state.CheckScope(org, to) is { } refused) return refused;
            c!.Data["environmentSlug"] = to;
            c.Data["environmentIdentity"] = AmeState.EnvironmentIdentity(to);
            return EmuResult.Empty(204);
        }
    }

    private static bool Flag(HttpContext context, string name) => string.Equals(context.Request.Query[name], "true", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    private static string Slugify(string name) => NonSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
}
