using System.Text.Json.Nodes;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.LakeSail;

/// <summary>An asynchronous operation that goes pending → running → succeeded over the emulator's clock.</summary>
internal sealed class LakeSailOperation(string kind, string connectionId, DateTimeOffset created, TimeSpan step)
{
    public string Id { get; } = "op-" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..16].ToLowerInvariant();

    public string ConnectionId { get; } = connectionId;

    public Lifecycle Life { get; } = new(created, step, "succeeded", "pending", "running");

    public DateTimeOffset CompletedAt => Life.SettlesAt;

    public JsonObject Render(DateTimeOffset now)
    {
        var status = Life.StateAt(now);
        var done = status == "succeeded";
        var json = new JsonObject
        {
            ["id"] = Id,
            ["organizationId"] = "org-emulator",
            ["memberId"] = "member-emulator",
            ["operation"] = kind,
            ["status"] = status,
            ["resourceType"] = "connection",
            ["resourceId"] = ConnectionId,
            ["createdAt"] = RequestBody.Iso(created),
            ["updatedAt"] = RequestBody.Iso(done ? CompletedAt : now),
            ["progress"] = new JsonObject
            {
                ["stage"] = status switch { "pending" => "queued", "running" => "updating-stack", _ => "done" },
                ["message"] = status switch { "pending" => "Waiting to start", "running" => "Updating the CloudFormation stack", _ => "Template synced" },
                ["resources"] = new JsonArray(new JsonObject
                {
                    ["urn"] = $"urn:lakesail:connection:{ConnectionId}:stack", ["type"] = "aws:cloudformation:Stack", ["name"] = "lakesail-connection",
                    ["operation"] = "update", ["status"] = status, ["duration"] = done ? step.TotalSeconds : 0.0,
                }),
                ["summary"] = new JsonObject
                {
                    ["total"] = 1, ["pending"] = status == "pending" ? 1 : 0, ["running"] = status == "running" ? 1 : 0,
                    ["succeeded"] = done ? 1 : 0, ["failed"] = 0, ["unchanged"] = 0,
                },
            },
        };
        if (status != "pending") json["startedAt"] = RequestBody.Iso(created + step);
        if (done)
        {
            json["completedAt"] = RequestBody.Iso(CompletedAt);
            json["result"] = new JsonObject { ["connectionId"] = ConnectionId, ["templateSyncedAt"] = RequestBody.Iso(CompletedAt) };
        }

        return json;
    }
}
