using System.Text.Json.Nodes;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>A resource held in memory: its JSON document and the lifecycle that gives its current state.</summary>
internal sealed class StoredResource(string id, JsonObject data, Lifecycle life)
{
    public const string Gone = "gone";

    public string Id { get; } = id;

    public JsonObject Data { get; set; } = data;

    public Lifecycle Life { get; set; } = life;

    public string State(DateTimeOffset now) => Life.StateAt(now);

    public bool IsGone(DateTimeOffset now) => State(now) == Gone;

    public bool IsSettled(DateTimeOffset now) => Life.IsSettled(now);
}
