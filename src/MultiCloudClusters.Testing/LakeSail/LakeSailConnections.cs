using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.LakeSail;

/// <summary>LakeSail connections: CRUD with marker paging, verify (pending → active), sync-template operations.</summary>
internal sealed class LakeSailConnections(EmulatorContext emu)
{
    /// <summary>The page size when the caller sends no <c>limit</c> (the API's documented default).</summary>
    public const int DefaultPageSize = 100;

    private readonly ResourceStore connections = new();
    private readonly List<LakeSailOperation> operations = [];

    public object Gate => connections.Gate;

    public void Seed()
    {
        foreach (var name in new[] { "main-account", "analytics-account", "sandbox-account" })
        {
            var c = New(new JsonObject { ["name"] = name, ["provider"] = "aws" }, emu.Now);
            c.Data["status"] = "active";
            connections.Add(c);
        }
    }

    public async Task<EmuResult> Create(HttpContext context)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return LakeSailDialect.Invalid("body", "The body is not a JSON object.");
        if (string.IsNullOrWhiteSpace(body.Str("name"))) return LakeSailDialect.Invalid("name", "name is required.");
        if (body.Str("provider") != "aws") return LakeSailDialect.Invalid("provider", "provider must be aws.");
        lock (Gate)
        {
            var connection = New(body, emu.Now);
            connections.Add(connection);
            emu.Counters.CreateApplied(EmulatedProvider.LakeSail, "CreateConnection");
            return EmuResult.Json(201, Render(connection));
        }
    }

    public EmuResult List(HttpContext context)
    {
        var q = context.Request.Query;
        int? limit = null;
        if (q.ContainsKey("limit"))
        {
            if (!int.TryParse(q["limit"], CultureInfo.InvariantCulture, out var l) || l is < 0 or > 100) return LakeSailDialect.Invalid("limit", "limit must be from 0 to 100.");
            limit = l;
        }

        var start = 0;
        if (q["marker"].ToString() is { Length: > 0 } marker && !TryDecode(marker, out start)) return LakeSailDialect.Invalid("marker", "The marker is not valid.");
        lock (Gate)
        {
            var all = connections.All(emu.Now);
            var size = emu.PageSize(limit, DefaultPageSize);
            var page = all.Skip(start).Take(size).ToList();
            var running = operations.Where(o => page.Any(c => c.Id == o.ConnectionId) && !o.Life.IsSettled(emu.Now));
            var json = new JsonObject
            {
                ["items"] = new JsonArray([.. page.Select(c => (JsonNode)Render(c))]),
                ["included"] = new JsonObject { ["operations"] = new JsonArray([.. running.Select(o => (JsonNode)o.Render(emu.Now))]) },
            };
            if (start + size < all.Count) json["marker"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("ls:" + (start + size).ToString(CultureInfo.InvariantCulture)));
            return EmuResult.Ok(json);
        }
    }

    public EmuResult Get(string id)
    {
        lock (Gate) { return Find(id) is { } c ? EmuResult.Ok(Render(c)) : LakeSailDialect.NotFound($"Connection {id}"); }
    }

    public async Task<EmuResult> Update(HttpContext context, string id)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return LakeSailDialect.Invalid("body", "The body is not a JSON object.");
        lock (Gate)
        {
            if (Find(id) is not { } c) return LakeSailDialect.NotFound($"Connection {id}");
            if (body.Str("name") is { } name) c.Data["name"] = name;
            if (body["providerConfig"] is JsonObject config) c.Data["providerConfig"] = JsonMergePatch.Apply(c.Data["providerConfig"], config);
            Touch(c);
            return EmuResult.Ok(Render(c));
        }
    }

    public EmuResult Delete(string id)
    {
        lock (Gate)
        {
            if (Find(id) is not { } c) return LakeSailDialect.NotFound($"Connection {id}");
            connections.Remove(c);
            return EmuResult.Empty(204);
        }
    }

    public async Task<EmuResult> Verify(HttpContext context, string id)
    {
        var body = context.Request.ContentLength is > 0 ? await RequestBody.ReadObjectAsync(context.Request) : new JsonObject();
        if (body is null) return LakeSailDialect.Invalid("body", "The body is not a JSON object.");
        lock (Gate)
        {
            if (Find(id) is not { } c) return LakeSailDialect.NotFound($"Connection {id}");
            if (body.Str("roleArn") is { } role) c.Data["providerConfig"]!["roleArn"] = role;
            c.Data["status"] = "active";
            c.Data["statusMessage"] = "The cloud account is set up correctly.";
            Touch(c);
            return EmuResult.Ok(Render(c));
        }
    }

    public EmuResult Sync(string id)
    {
        lock (Gate)
        {
            if (Find(id) is not { } c) return LakeSailDialect.NotFound($"Connection {id}");
            if (c.Data.Str("status") != "active") return LakeSailDialect.Precondition($"Connection {id} is {c.Data.Str("status")}; verify it first.");
            if (operations.Any(o => o.ConnectionId == id && !o.Life.IsSettled(emu.Now))) return LakeSailDialect.Precondition($"A template sync of connection {id} is already running.");
            var op = new LakeSailOperation("SyncConnectionTemplate", id, emu.Now, emu.Step);
            operations.Add(op);
            emu.Counters.CreateApplied(EmulatedProvider.LakeSail, "SyncConnectionTemplate");
            return EmuResult.Json(202, op.Render(emu.Now));
        }
    }

    public EmuResult Operation(string operationId)
    {
        lock (Gate)
        {
            return operations.FirstOrDefault(o => o.Id == operationId) is { } op ? EmuResult.Ok(op.Render(emu.Now)) : LakeSailDialect.NotFound($"Operation {operationId}");
        }
    }

    public StoredResource? Find(string id) => connections.Find(id, emu.Now);

    private JsonObject Render(StoredResource connection)
    {
        var json = (JsonObject)connection.Data.DeepClone();
        var synced = operations.Where(o => o.ConnectionId == connection.Id && o.Life.IsSettled(emu.Now)).MaxBy(o => o.CompletedAt);
        if (synced is not null)
        {
            json["templateSyncedAt"] = RequestBody.Iso(synced.CompletedAt);
            json["templateSyncMessage"] = "The stack is up to date.";
        }

        return json;
    }

    private StoredResource New(JsonObject body, DateTimeOffset now)
    {
        var id = "conn-" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..12].ToLowerInvariant();
        var config = body["providerConfig"]?.DeepClone() as JsonObject ?? new JsonObject();
        config["accountId"] ??= "123456789012";
        config["region"] ??= "us-east-1";
        config["roleArn"] ??= $"arn:aws:iam::{config.Str("accountId")}:role/LakeSailAccess-{id}";
        config["externalIdSecretArn"] ??= $"arn:aws:secretsmanager:{config.Str("region")}:{config.Str("accountId")}:secret:lakesail-{id}";
        config["stackArn"] ??= $"arn:aws:cloudformation:{config.Str("region")}:{config.Str("accountId")}:stack/lakesail-{id}/1";
        var at = RequestBody.Iso(now);
        var json = new JsonObject
        {
            ["id"] = id, ["name"] = body.Str("name"), ["provider"] = body.Str("provider"), ["providerConfig"] = config,
            ["status"] = "pending", ["statusMessage"] = "Deploy the CloudFormation template, then verify the connection.",
            ["createdAt"] = at, ["createdBy"] = "emulator@lakesail.invalid", ["updatedAt"] = at, ["updatedBy"] = "emulator@lakesail.invalid",
        };
        return new StoredResource(id, json, Lifecycle.Settled(now, "present"));
    }

    private void Touch(StoredResource c) => c.Data["updatedAt"] = RequestBody.Iso(emu.Now);

    private static bool TryDecode(string marker, out int start)
    {
        start = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(marker));
            return text.StartsWith("ls:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(3), CultureInfo.InvariantCulture, out start) && start >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
