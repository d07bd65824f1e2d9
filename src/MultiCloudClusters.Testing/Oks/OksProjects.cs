using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>OKS project endpoints: create (pending → ready), list, get, update, delete (deleting → gone).</summary>
internal sealed class OksProjects(OksState state)
{
    private EmulatorContext Emu => state.Emu;

    public static JsonObject NewProject(string name, string cidr, string region, JsonObject? body, DateTimeOffset now) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["name"] = name,
        ["description"] = body?["description"]?.DeepClone(),
        ["cidr"] = cidr,
        ["region"] = region,
        ["status"] = "pending",
        ["tags"] = body?["tags"]?.DeepClone() ?? new JsonObject(),
        ["net_specific"] = body?["net_specific"]?.DeepClone(),
        ["disable_api_termination"] = body.Bool("disable_api_termination") ?? false,
        ["created_at"] = RequestBody.Iso(now),
        ["updated_at"] = RequestBody.Iso(now),
        ["deleted_at"] = null,
    };

    public async Task<EmuResult> Create(HttpContext context)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return OksDialect.Error(400, "BadRequest", "The body is not a JSON object.");
        if (OksState.CheckName(body.Str("name")) is { } bad) return OksDialect.Validation("name", bad);
        if (body.Str("cidr") is not { } cidr) return OksDialect.Validation("cidr", "cidr is required.");
        if (body.Str("region") is not { } region) return OksDialect.Validation("region", "region is required.");
        var now = Emu.Now;
        lock (state.Gate)
        {
            if (state.Projects.All(now).Any(p => p.Data.Str("name") == body.Str("name")))
            {
                return OksDialect.Error(409, "Conflict", $"A project named {body.Str("name")} already exists.");
            }

            var json = NewProject(body.Str("name")!, cidr, region, body, now);
            var project = new StoredResource(json["id"]!.GetValue<string>(), json, new Lifecycle(now, Emu.Step, "ready", "pending"));
            state.Projects.Add(project);
            Emu.Counters.CreateApplied(EmulatedProvider.Oks, "CreateProject");
            return OksDialect.Answer("Project", state.RenderProject(project));
        }
    }

    public EmuResult List(HttpContext context)
    {
        var q = context.Request.Query;
        lock (state.Gate)
        {
            var items = state.Listed(state.Projects, q).Select(state.RenderProject)
                .Where(p => (!q.ContainsKey("name") || p.Str("name") == q["name"]) && (!q.ContainsKey("status") || p.Str("status") == q["status"])
                    && (!q.ContainsKey("cidr") || p.Str("cidr") == q["cidr"]))
                .ToList<JsonNode>();
            return OksPaging.Page(context.Request, Emu, items, "Projects");
        }
    }

    public EmuResult Get(string projectId)
    {
        lock (state.Gate)
        {
            return state.Projects.Find(projectId, Emu.Now) is { } p
                ? OksDialect.Answer("Project", state.RenderProject(p))
                : OksDialect.NotFound("Project");
        }
    }

    public async Task<EmuResult> Update(HttpContext context, string projectId)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return OksDialect.Error(400, "BadRequest", "The body is not a JSON object.");
        lock (state.Gate)
        {
            if (state.Projects.Find(projectId, Emu.Now) is not { } p) return OksDialect.NotFound("Project");
            foreach (var key in new[] { "description", "tags", "quirks", "disable_api_termination" })
            {
                if (body.ContainsKey(key) && body[key] is not null) p.Data[key] = body[key]!.DeepClone();
            }

            p.Data["updated_at"] = RequestBody.Iso(Emu.Now);
            return OksDialect.Answer("Project", state.RenderProject(p));
        }
    }

    public EmuResult Delete(string projectId)
    {
        var now = Emu.Now;
        lock (state.Gate)
        {
            if (state.Projects.Find(projectId, now) is not { } p) return OksDialect.NotFound("Project");
            if (p.Data.Bool("disable_api_termination") == true) return OksDialect.Error(403, "Forbidden", "Deletion protection is on for this project.");
            if (state.Clusters.All(now).Any(c => c.Data.Str("project_id") == projectId)) return OksDialect.Error(409, "Conflict", "The project still holds clusters.");
            if (p.Life.Final != StoredResource.Gone) p.Life = new Lifecycle(now, Emu.Step, StoredResource.Gone, "deleting");
            return OksDialect.Answer("detail", $"Project {projectId} is being deleted.");
        }
    }
}
