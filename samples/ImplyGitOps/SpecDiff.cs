using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MultiCloudClusters.Samples.ImplyGitOps;

/// <summary>The leaf-by-leaf difference of two cluster specs, as people read a plan: added, changed, removed.</summary>
public static partial class SpecDiff
{
    /// <summary>One line per member that differs, e.g. <c>~ spec.query.replicas: 1 -> 2</c>; lists compare as wholes.</summary>
    public static IReadOnlyList<string> Lines(JsonObject before, JsonObject after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var lines = new List<string>();
        Compare(before, after, "spec", lines);
        return lines;
    }

    private static void Compare(JsonNode? before, JsonNode? after, string path, List<string> lines)
    {
        if (before is JsonObject b && after is JsonObject a)
        {
            foreach (var key in b.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                Compare(b[key], a[key], $"{path}.{key}", lines);
            }

            return;
        }

        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }

        lines.Add((before, after) switch
        {
            (null, _) => $"+ {path}: {Show(path, after)}",
            (_, null) => $"- {path}: {Show(path, before)}",
            _ => $"~ {path}: {Show(path, before)} -> {Show(path, after)}",
        });
    }

    // A spec can carry credentials (a metadata store password, storage keys): say that they change, not what to.
    private static string Show(string path, JsonNode? value) =>
        SecretMember().IsMatch(path[(path.LastIndexOf('.') + 1)..]) ? "(hidden)" : value?.ToJsonString() ?? "null";

    [GeneratedRegex("password|secret|token|credential|accesskey|privatekey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretMember();
}
