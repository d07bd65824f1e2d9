using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// EIM users of a project: created with an access key whose secret is shown only in the creation answer (in
/// clear, or sealed for the key in <c>x-encrypt-nacl</c>), listed without secrets, deleted by name.
/// </summary>
internal sealed partial class OksEimUsers(OksState state)
{
    private static readonly TimeSpan DefaultTtl = TimeSpan.FromDays(7);

    private static readonly (string Type, string Description)[] UserTypes =
    [
        ("admin", "Full access to the project's cloud resources."),
        ("readonly", "Read access to the project's cloud resources."),
        ("csi", "What the storage driver of a cluster needs: volumes and snapshots."),
        ("ccm", "What the cloud controller manager of a cluster needs: load balancers and public IPs."),
    ];

    [GeneratedRegex("^[A-Za-z0-9+=,.@_-]{1,64}$")]
    private static partial Regex NamePattern();

    public EmuResult List(string projectId)
    {
        lock (state.Gate)
        {
            if (state.Projects.Find(projectId, state.Emu.Now) is null) return OksDialect.NotFound("Project");
            return OksDialect.Answer("EimUsers", new JsonArray([.. Users(projectId).Select(u => (JsonNode)WithoutSecrets(u))]));
        }
    }

    public EmuResult Types(string projectId)
    {
        lock (state.Gate)
        {
            if (state.Projects.Find(projectId, state.Emu.Now) is null) return OksDialect.NotFound("Project");
        }

        return OksDialect.Answer("EimUserTypes", new JsonArray([.. UserTypes.Select(t => (JsonNode)new JsonObject { ["UserType"] = t.Type, ["Description"] = t.Description })]));
    }

    public EmuResult Create(HttpContext context, string projectId)
    {
        var request = context.Request;
        var name = request.Query["user"].ToString();
        if (name.Length == 0) return OksDialect.Validation("user", "user is required.", "query");
        if (!NamePattern().IsMatch(name)) return OksDialect.Validation("user", "user must be 1 to 64 letters, digits or +=,.@_- characters.", "query");
        var ttl = OksSealing.Ttl(request, DefaultTtl, out var badTtl);
        if (badTtl is not null) return badTtl;
        var publicKey = OksSealing.ReadKey(request, out var badKey);
        if (badKey is not null) return badKey;

        var now = state.Emu.Now;
        JsonObject user;
        lock (state.Gate)
        {
            if (state.Projects.Find(projectId, now) is not { } project) return OksDialect.NotFound("Project");
            if (project.State(now) != "ready") return OksDialect.Error(409, "Conflict", $"Project {projectId} is {project.State(now)}, not ready.");
            var users = Users(projectId);
            if (users.Any(u => u.Str("UserName") == name)) return OksDialect.Error(409, "Conflict", $"An EIM user named {name} already exists in the project.");
            user = new JsonObject
            {
                ["UserName"] = name,
                ["AccessKeys"] = new JsonArray(new JsonObject
                {
                    ["State"] = "ACTIVE",
                    ["AccessKeyId"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(10)),
                    ["CreationDate"] = RequestBody.Iso(now),
                    ["ExpirationDate"] = RequestBody.Iso(now + ttl),
                    ["SecretKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
                }),
            };
            users.Add(user);
            state.Emu.Counters.CreateApplied(EmulatedProvider.Oks, "CreateEimUser");
        }

        return publicKey is null
            ? OksDialect.Answer("EimUser", user.DeepClone())
            : OksDialect.Answer("Data", OksSealing.Seal(user.ToJsonString(), publicKey));
    }

    public EmuResult Delete(string projectId, string name)
    {
        lock (state.Gate)
        {
            if (state.Projects.Find(projectId, state.Emu.Now) is null) return OksDialect.NotFound("Project");
            return Users(projectId).RemoveAll(u => u.Str("UserName") == name) == 0
                ? OksDialect.NotFound($"EIM user {name}")
                : OksDialect.Answer("Details", $"EIM user {name} was deleted.");
        }
    }

    private List<JsonObject> Users(string projectId)
    {
        if (!state.EimUsers.TryGetValue(projectId, out var users)) state.EimUsers[projectId] = users = [];
        return users;
    }

    private static JsonObject WithoutSecrets(JsonObject user)
    {
        var copy = (JsonObject)user.DeepClone();
        foreach (var key in copy["AccessKeys"]!.AsArray().OfType<JsonObject>()) key["SecretKey"] = null;
        return copy;
    }
}
