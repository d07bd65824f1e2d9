using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// OKS projects, clusters and EIM users in memory, and how they render with their current status. Deleted
/// projects and clusters are kept (status <c>deleted</c>) for lists asked with <c>deleted=true</c>.
/// </summary>
internal sealed partial class OksState(EmulatorContext emu, OksEmulatorEndpoint endpoint)
{
    public EmulatorContext Emu { get; } = emu;

    public OksEmulatorEndpoint Endpoint { get; } = endpoint;

    public ResourceStore Projects { get; } = new(keepGone: true);

    public ResourceStore Clusters { get; } = new(keepGone: true);

    /// <summary>The clusters whose upgrade is under way: they take their <c>expected_version</c> once it settles (guarded by <see cref="Gate"/>).</summary>
    public HashSet<string> Upgrading { get; } = [];

    /// <summary>The EIM users of each project, by project id (guarded by <see cref="Gate"/>).</summary>
    public Dictionary<string, List<JsonObject>> EimUsers { get; } = [];

    public object Gate => Projects.Gate;

    [GeneratedRegex("^[a-z][a-z0-9-]*[a-z0-9]$")]
    public static partial Regex NamePattern();

    public static string? CheckName(string? name) =>
        name is null ? "name is required."
        : name.Length is < 1 or > 40 || !NamePattern().IsMatch(name) ? "name must be 1-40 lower-case letters, digits or dashes, start with a letter and not end with a dash."
        : null;

    /// <summary>Projects (or clusters) to list: the live ones, and the deleted ones too when the query says <c>deleted=true</c>.</summary>
    public List<StoredResource> Listed(ResourceStore store, IQueryCollection query) =>
        string.Equals(query["deleted"], "true", StringComparison.OrdinalIgnoreCase) ? store.AllWithGone(Emu.Now) : store.All(Emu.Now);

    public JsonObject RenderProject(StoredResource project)
    {
        var json = (JsonObject)project.Data.DeepClone();
        json["status"] = Status(project);
        if (project.Life.Final == StoredResource.Gone) json["deleted_at"] = RequestBody.Iso(project.Life.SettlesAt);
        return json;
    }

    public JsonObject RenderCluster(StoredResource cluster)
    {
        var now = Emu.Now;
        if (cluster.IsSettled(now) && cluster.Data["expected_version"] is JsonValue expected && Upgrading.Remove(cluster.Id))
        {
            cluster.Data["version"] = expected.DeepClone();
            cluster.Data["expected_version"] = null;
            cluster.Data["statuses"]!["available_upgrade"] = OksCatalog.NextVersion(expected.GetValue<string>());
        }

        var json = (JsonObject)cluster.Data.DeepClone();
        json["statuses"]!["status"] = Status(cluster);
        if (cluster.Life.Final == StoredResource.Gone) json["statuses"]!["deleted_at"] = RequestBody.Iso(cluster.Life.SettlesAt);
        return json;
    }

    private string Status(StoredResource resource) => resource.IsGone(Emu.Now) ? "deleted" : resource.State(Emu.Now);

    public void Seed()
    {
        var now = Emu.Now;
        var project = OksProjects.NewProject("demo", "10.50.0.0/18", Endpoint.Region, null, now);
        Projects.Add(new StoredResource(project["id"]!.GetValue<string>(), project, Lifecycle.Settled(now, "ready")));
        foreach (var name in new[] { "alpha", "bravo", "charlie" })
        {
            var body = new JsonObject
            {
                ["name"] = name,
                ["project_id"] = project["id"]!.GetValue<string>(),
                ["version"] = "1.31",
                ["cidr_pods"] = "10.91.0.0/16",
                ["cidr_service"] = "10.92.0.0/16",
                ["admin_whitelist"] = new JsonArray("0.0.0.0/0"),
            };
            var cluster = OksClusters.NewCluster(body, now);
            Clusters.Add(new StoredResource(cluster["id"]!.GetValue<string>(), cluster, Lifecycle.Settled(now, "ready")));
        }
    }
}
