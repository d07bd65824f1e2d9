using System.Globalization;
using System.Text.Json.Nodes;

namespace MultiCloudClusters.Emulator.Kubernetes;

/// <summary>
/// Server-side printing (<c>meta.k8s.io/v1</c> <c>Table</c>), which kubectl asks for in its <c>Accept</c> header:
/// the columns <c>kubectl get</c> shows for nodes, namespaces and node pools.
/// </summary>
internal static class KubeTables
{
    public const string ContentType = "application/json;as=Table;v=v1;g=meta.k8s.io";

    /// <summary>Whether the client asked for a table (kubectl does; KubernetesClient does not).</summary>
    public static bool Wanted(string? accept) => accept?.Contains("as=Table", StringComparison.Ordinal) == true;

    public static JsonObject Build(string kind, IEnumerable<JsonObject> items, DateTimeOffset now) => kind switch
    {
        "Node" => Table(items, now, ["Status", "Roles", "Age", "Version"], (item, age) =>
        [
            item["status"]?["conditions"]?.AsArray().Any(c => c?["type"]?.GetValue<string>() == "Ready" && c["status"]?.GetValue<string>() == "True") == true ? "Ready" : "NotReady",
            "<none>",
            age,
            item["status"]?["nodeInfo"]?["kubeletVersion"]?.GetValue<string>() ?? "",
        ]),
        "Namespace" => Table(items, now, ["Status", "Age"], (item, age) => [item["status"]?["phase"]?.GetValue<string>() ?? "", age]),
        _ => Table(items, now, ["Age"], (_, age) => [age]),
    };

    // Nodes are added as JsonNode: given a JsonObject or a string, JsonArray.Add would bind to its generic overload,
    // which may serialize any type by reflection (not trim- or AOT-safe).
    private static JsonObject Table(IEnumerable<JsonObject> items, DateTimeOffset now, string[] columns, Func<JsonObject, string, string[]> cells)
    {
        var definitions = new JsonArray(Column("Name", "name"));
        foreach (var column in columns) definitions.Add((JsonNode)Column(column, ""));
        var rows = new JsonArray();
        foreach (var item in items)
        {
            var metadata = item["metadata"]!;
            var created = DateTimeOffset.Parse(metadata["creationTimestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var row = new JsonArray(metadata["name"]!.GetValue<string>());
            foreach (var cell in cells(item, Age(now - created))) row.Add((JsonNode)cell);
            rows.Add((JsonNode)new JsonObject
            {
                ["cells"] = row,
                ["object"] = new JsonObject { ["kind"] = "PartialObjectMetadata", ["apiVersion"] = "meta.k8s.io/v1", ["metadata"] = metadata.DeepClone() },
            });
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = new JsonObject { ["resourceVersion"] = "1" },
            ["columnDefinitions"] = definitions,
            ["rows"] = rows,
        };
    }

    private static JsonObject Column(string name, string format) => new()
    {
        ["name"] = name,
        ["type"] = "string",
        ["format"] = format,
        ["description"] = "",
        ["priority"] = 0,
    };

    /// <summary>The short age kubectl prints: 42s, 5m, 3h, 2d.</summary>
    private static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 2 } => $"{Math.Max(0, (int)age.TotalSeconds)}s",
        { TotalHours: < 2 } => $"{(int)age.TotalMinutes}m",
        { TotalDays: < 2 } => $"{(int)age.TotalHours}h",
        _ => $"{(int)age.TotalDays}d",
    };
}
