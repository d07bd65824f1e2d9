using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Eks;

/// <summary>EKS RegisterCluster (idempotent by clientRequestToken), DescribeCluster, ListClusters (nextToken), DeregisterCluster.</summary>
internal sealed partial class EksClusters(EmulatorContext emu, EksEmulatorEndpoint endpoint)
{
    private static readonly string[] Providers = ["EKS_ANYWHERE", "ANTHOS", "GKE", "AKS", "OPENSHIFT", "TANZU", "RANCHER", "EC2", "OTHER"];
    /// <summary>The page size when the caller sends no <c>maxResults</c> (the AWS model's documented default).</summary>
    public const int DefaultPageSize = 100;

    private readonly ResourceStore clusters = new();
    private readonly Dictionary<string, (string Name, JsonObject Cluster)> tokens = [];

    [GeneratedRegex(@"^[0-9A-Za-z][A-Za-z0-9\-_]*$")]
    private static partial Regex NamePattern();

    private static double Epoch(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;

    public void Seed()
    {
        var now = emu.Now;
        foreach (var name in new[] { "prod-eks", "staging-eks", "dev-eks" })
        {
            clusters.Add(new StoredResource(name, new JsonObject
            {
                ["name"] = name, ["arn"] = Arn(name), ["createdAt"] = Epoch(now), ["version"] = "1.31",
                ["endpoint"] = $"https://{name}.gr7.{endpoint.Region}.eks.emulator.invalid", ["roleArn"] = $"arn:aws:iam::{endpoint.AccountId}:role/eks-cluster",
                ["platformVersion"] = "eks.5", ["tags"] = new JsonObject(),
                ["resourcesVpcConfig"] = new JsonObject { ["vpcId"] = "vpc-0emulator", ["endpointPublicAccess"] = true, ["endpointPrivateAccess"] = false },
            }, Lifecycle.Settled(now, "ACTIVE")));
        }
    }

    public async Task<EmuResult> Register(HttpContext context)
    {
        if (await RequestBody.ReadObjectAsync(context.Request) is not { } body) return Invalid("The request body is not valid JSON.");
        var name = body.Str("name");
        if (name is null || name.Length > 100 || !NamePattern().IsMatch(name)) return Invalid("name must match [0-9A-Za-z][A-Za-z0-9\\-_]* (1 to 100 characters).");
        var connector = body["connectorConfig"] as JsonObject;
        if (connector.Str("roleArn") is null) return Invalid("connectorConfig.roleArn is required.");
        if (!Providers.Contains(connector.Str("provider"))) return Invalid($"connectorConfig.provider must be one of {string.Join(", ", Providers)}.");
        var token = body.Str("clientRequestToken");
        var now = emu.Now;
        lock (clusters.Gate)
        {
            if (token is not null && tokens.TryGetValue(token, out var earlier))
            {
                if (earlier.Name != name) return Invalid("The clientRequestToken was already used with different parameters.");
                var current = clusters.Find(name, now);
                return Answer(current is null ? earlier.Cluster : Render(current));
            }

            if (clusters.Find(name, now) is not null) return EksDialect.Error(409, "ResourceInUseException", $"Cluster already exists with name: {name}");
            var json = new JsonObject
            {
                ["name"] = name, ["arn"] = Arn(name), ["createdAt"] = Epoch(now), ["clientRequestToken"] = token,
                ["tags"] = body["tags"]?.DeepClone() ?? new JsonObject(),
                ["connectorConfig"] = new JsonObject
                {
                    ["activationId"] = Guid.NewGuid().ToString(),
                    ["activationCode"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('='),
                    ["activationExpiry"] = Epoch(now + TimeSpan.FromDays(3)),
                    ["provider"] = connector.Str("provider"),
                    ["roleArn"] = connector.Str("roleArn"),
                },
            };
            var cluster = new StoredResource(name, json, Lifecycle.Settled(now, "PENDING"));
            clusters.Add(cluster);
            if (token is not null) tokens[token] = (name, Render(cluster));
            emu.Counters.CreateApplied(EmulatedProvider.Eks, "RegisterCluster");
            return Answer(Render(cluster));
        }
    }

    public EmuResult Describe(string name)
    {
        lock (clusters.Gate)
        {
            return clusters.Find(name, emu.Now) is { } c ? Answer(Render(c)) : NotFound(name);
        }
    }

    public EmuResult Deregister(string name)
    {
        var now = emu.Now;
        lock (clusters.Gate)
        {
            if (clusters.Find(name, now) is not { } c) return NotFound(name);
            if (c.Data["connectorConfig"] is null) return Invalid($"Cluster {name} was created by EKS, not registered; it cannot be deregistered.");
            if (c.Life.Final != StoredResource.Gone) c.Life = new Lifecycle(now, emu.Step, StoredResource.Gone, "DELETING");
            var json = Render(c);
            json["status"] = "DELETING";
            return Answer(json);
        }
    }

    public EmuResult List(HttpContext context)
    {
        var q = context.Request.Query;
        int? max = null;
        if (q.ContainsKey("maxResults"))
        {
            if (!int.TryParse(q["maxResults"], CultureInfo.InvariantCulture, out var m) || m is < 1 or > 100) return Invalid("maxResults must be from 1 to 100.");
            max = m;
        }

        var start = 0;
        if (q["nextToken"].ToString() is { Length: > 0 } token && !TryDecode(token, out start)) return Invalid("The nextToken is not valid.");
        var all = q["include"].Contains("all");
        lock (clusters.Gate)
        {
            var names = clusters.All(emu.Now).Where(c => all || c.Data["connectorConfig"] is null).Select(c => c.Id).ToList();
            var size = emu.PageSize(max, DefaultPageSize);
            var json = new JsonObject { ["clusters"] = new JsonArray([.. names.Skip(start).Take(size).Select(n => (JsonNode)n)]) };
            if (start + size < names.Count) json["nextToken"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("eks:" + (start + size).ToString(CultureInfo.InvariantCulture)));
            return EmuResult.Ok(json);
        }
    }

    private JsonObject Render(StoredResource cluster)
    {
        var json = (JsonObject)cluster.Data.DeepClone();
        json["status"] = cluster.State(emu.Now);
        return json;
    }

    private static bool TryDecode(string token, out int start)
    {
        start = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith("eks:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(4), CultureInfo.InvariantCulture, out start) && start >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private string Arn(string name) => $"arn:aws:eks:{endpoint.Region}:{endpoint.AccountId}:cluster/{name}";

    private static EmuResult Answer(JsonObject cluster) => EmuResult.Ok(new JsonObject { ["cluster"] = cluster });

    private static EmuResult Invalid(string message) => EksDialect.Error(400, "InvalidParameterException", message);

    private static EmuResult NotFound(string name) => EksDialect.Error(404, "ResourceNotFoundException", $"No cluster found for name: {name}.");
}
