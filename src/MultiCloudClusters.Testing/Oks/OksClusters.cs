using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// OKS cluster endpoints: create (pending → deploying → ready), list (deleted ones too on request), get, update
/// (members left out stay; admission flags merge member by member), upgrade, delete (deleting → deleted).
/// </summary>
internal sealed class OksClusters(OksState state)
{
    private static readonly string[] Required = ["project_id", "version", "cidr_pods", "cidr_service", "admin_whitelist"];
    private static readonly string[] Updatable = ["description", "tags", "auto_maintenances", "maintenance_window", "admin_whitelist", "quirks", "disable_api_termination", "control_planes", "auth"];

    private EmulatorContext Emu => state.Emu;

    public static JsonObject NewCluster(JsonObject body, DateTimeOffset now)
    {
        var json = new JsonObject();
        foreach (var (key, value) in body) json[key] = value?.DeepClone();
        json["id"] = Guid.NewGuid().ToString();
        json["cp_multi_az"] ??= false;
        json["cp_subregions"] ??= new JsonArray("2a");
        json["expected_version"] = null;
        json["description"] ??= "";
        json["cni"] ??= "cilium";
        json["admin_lbu"] ??= false;
        json["admission_flags"] = new JsonObject
        {
            ["disable_admission_plugins"] = new JsonArray(),
            ["enable_admission_plugins"] = new JsonArray(),
        };
        MergeAdmissionFlags(json, body["admission_flags"] as JsonObject);
        json["cluster_dns"] ??= "10.92.0.10";
        json["tags"] ??= new JsonObject();
        json["control_planes"] ??= "cp.3.masters.small";
        json["expected_control_planes"] = null;
        json["disable_api_termination"] ??= false;
        json["statuses"] = new JsonObject
        {
            ["created_at"] = RequestBody.Iso(now),
            ["deleted_at"] = null,
            ["updated_at"] = RequestBody.Iso(now),
            ["status"] = "pending",
            ["available_upgrade"] = OksCatalog.NextVersion(body.Str("version") ?? ""),
        };
        return json;
    }

    public async Task<EmuResult> Create(HttpContext context)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return OksDialect.Error(400, "BadRequest", "The body is not a JSON object.");
        if (OksState.CheckName(body.Str("name")) is { } bad) return OksDialect.Validation("name", bad);
        if (Required.FirstOrDefault(r => body[r] is null) is { } missing) return OksDialect.Validation(missing, $"{missing} is required.");
        if (!OksCatalog.Versions.Contains(body.Str("version"))) return OksDialect.Validation("version", $"version must be one of {string.Join(", ", OksCatalog.Versions)}.");
        if (OksCatalog.CheckAdmissionFlags(body["admission_flags"]) is { } badFlags) return OksDialect.Validation("admission_flags", badFlags);
        var now = Emu.Now;
        lock (state.Gate)
        {
            var projectId = body.Str("project_id")!;
            if (state.Projects.Find(projectId, now) is not { } project) return OksDialect.NotFound("Project");
            if (project.State(now) != "ready") return OksDialect.Error(409, "Conflict", $"Project {projectId} is {project.State(now)}, not ready.");
            if (state.Clusters.All(now).Any(c => c.Data.Str("project_id") == projectId && c.Data.Str("name") == body.Str("name")))
            {
                return OksDialect.Error(409, "Conflict", $"A cluster named {body.Str("name")} already exists in the project.");
            }

            var json = NewCluster(body, now);
            var cluster = new StoredResource(json["id"]!.GetValue<string>(), json, new Lifecycle(now, Emu.Step, "ready", "pending", "deploying"));
            state.Clusters.Add(cluster);
            Emu.Counters.CreateApplied(EmulatedProvider.Oks, "CreateCluster");
            return Answer(cluster);
        }
    }

    public EmuResult List(HttpContext context, bool byProject)
    {
        var q = context.Request.Query;
        lock (state.Gate)
        {
            var items = state.Listed(state.Clusters, q).Select(state.RenderCluster)
                .Where(c => (!byProject || !q.ContainsKey("project_id") || c.Str("project_id") == q["project_id"])
                    && (!q.ContainsKey("name") || c.Str("name") == q["name"])
                    && (!q.ContainsKey("status") || c["statuses"].Str("status") == q["status"])
                    && (!q.ContainsKey("version") || c.Str("version") == q["version"]))
                .ToList<JsonNode>();
            return OksPaging.Page(context.Request, Emu, items, "Clusters");
        }
    }

    public EmuResult Get(string clusterId)
    {
        lock (state.Gate)
        {
            return state.Clusters.Find(clusterId, Emu.Now) is { } c ? Answer(c) : OksDialect.NotFound("Cluster");
        }
    }

    public async Task<EmuResult> Update(HttpContext context, string clusterId)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return OksDialect.Error(400, "BadRequest", "The body is not a JSON object.");
        if (OksCatalog.CheckAdmissionFlags(body["admission_flags"]) is { } badFlags) return OksDialect.Validation("admission_flags", badFlags);
        if (body.Str("version") is { } version && !OksCatalog.Versions.Contains(version)) return OksDialect.Validation("version", "Unknown Kubernetes version.");
        var now = Emu.Now;
        lock (state.Gate)
        {
            if (state.Clusters.Find(clusterId, now) is not { } c) return OksDialect.NotFound("Cluster");
            if (c.State(now) != "ready") return OksDialect.Error(409, "Conflict", $"Cluster {clusterId} is {c.State(now)}; wait until it is ready.");

            // A member left out, or sent as null, keeps its value: only what the caller names changes.
            foreach (var key in Updatable.Where(k => body[k] is not null)) c.Data[key] = body[key]!.DeepClone();
            MergeAdmissionFlags(c.Data, body["admission_flags"] as JsonObject);
            c.Data["statuses"]!["updated_at"] = RequestBody.Iso(now);

            // A version is a target: UpgradeCluster moves the cluster to it. Only other changes roll out at once.
            if (body.Str("version") is { } target) c.Data["expected_version"] = target;
            if (body.Any(m => m.Key != "version" && m.Value is not null)) c.Life = new Lifecycle(now, Emu.Step, "ready", "updating");
            return Answer(c);
        }
    }

    public EmuResult Upgrade(string clusterId)
    {
        var now = Emu.Now;
        lock (state.Gate)
        {
            if (state.Clusters.Find(clusterId, now) is not { } c) return OksDialect.NotFound("Cluster");
            if (c.State(now) != "ready") return OksDialect.Error(409, "Conflict", $"Cluster {clusterId} is {c.State(now)}; wait until it is ready.");
            var next = c.Data.Str("expected_version") is { } target && target != c.Data.Str("version") ? target : c.Data["statuses"].Str("available_upgrade");
            if (string.IsNullOrEmpty(next)) return OksDialect.Error(409, "Conflict", "The cluster already runs the newest version.");
            c.Data["expected_version"] = next;
            c.Life = new Lifecycle(now, Emu.Step, "ready", "upgrading");
            state.Upgrading.Add(c.Id);
            return Answer(c);
        }
    }

    public EmuResult Delete(string clusterId)
    {
        var now = Emu.Now;
        lock (state.Gate)
        {
            if (state.Clusters.Find(clusterId, now) is not { } c) return OksDialect.NotFound("Cluster");
            if (c.Data.Bool("disable_api_termination") == true) return OksDialect.Error(403, "Forbidden", "Deletion protection is on for this cluster.");
            if (c.Life.Final != StoredResource.Gone) c.Life = new Lifecycle(now, Emu.Step, StoredResource.Gone, "deleting");
            return OksDialect.Answer("detail", $"Cluster {clusterId} is being deleted.");
        }
    }

    /// <summary>Each list the request names replaces that list; the other stays; the applied plugins follow.</summary>
    private static void MergeAdmissionFlags(JsonObject cluster, JsonObject? requested)
    {
        var flags = (JsonObject)cluster["admission_flags"]!;
        foreach (var member in new[] { "enable_admission_plugins", "disable_admission_plugins" })
        {
            if (requested?[member] is JsonArray list) flags[member] = list.DeepClone();
        }

        flags["applied_admission_plugins"] = OksCatalog.Applied(flags["enable_admission_plugins"], flags["disable_admission_plugins"]);
    }

    private EmuResult Answer(StoredResource cluster) =>
        OksDialect.Answer("Cluster", state.RenderCluster(cluster));
}
