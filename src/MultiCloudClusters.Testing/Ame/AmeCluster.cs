using System.Text.Json.Nodes;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>One AME cluster: its document, status lifecycle and node pools.</summary>
internal sealed class AmeCluster(JsonObject data, Lifecycle life)
{
    public JsonObject Data { get; } = data;

    public Lifecycle Life { get; set; } = life;

    public List<StoredResource> Pools { get; } = [];

    public string Slug => Data.Str("slug")!;

    public string Environment => Data.Str("environmentSlug")!;

    public bool IsBusy(DateTimeOffset now) => !Life.IsSettled(now);

    public JsonObject Render(DateTimeOffset now, bool details, bool compute)
    {
        var json = (JsonObject)Data.DeepClone();
        var status = Life.StateAt(now);
        json["status"] = status;
        json["desiredStatus"] = Life.Final == StoredResource.Gone ? "deleted" : Life.Final;
        json["provisionStatus"] = status == "provisioning" ? "ACCEPTED" : "DONE";
        if (details) json["actualState"] = new JsonObject { ["status"] = status, ["version"] = Data.Str("version"), ["collectedAt"] = RequestBody.Iso(now) };
        if (compute)
        {
            var nodes = Pools.Sum(p => p.Data.Long("minSize") ?? 1);
            json["cpu"] = nodes * 4;
            json["memory"] = nodes * 16L * 1024 * 1024 * 1024;
        }

        return json;
    }

    public static JsonObject RenderPool(StoredResource pool, DateTimeOffset now)
    {
        var json = (JsonObject)pool.Data.DeepClone();
        json["provisionStatus"] = pool.State(now);
        return json;
    }
}
