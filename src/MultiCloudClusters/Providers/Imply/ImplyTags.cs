using System.Text.Json.Nodes;
using Generated = MultiCloudClusters.Providers.Imply.Generated;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Unified tags are Imply's <c>spec.awsTags</c>, a list of <c>{ name, value }</c>.</summary>
internal static class ImplyTags
{
    public static List<Generated.NameValue> ToList(IReadOnlyDictionary<string, string> tags) =>
        [.. tags.Select(t => new Generated.NameValue { Name = t.Key, Value = t.Value })];

    public static JsonArray ToNode(IReadOnlyDictionary<string, string> tags) =>
        [.. tags.Select(t => (JsonNode)new JsonObject { ["name"] = t.Key, ["value"] = t.Value })];

    /// <summary>The tags as a dictionary; a repeated name keeps its last value, and nameless entries are skipped.</summary>
    public static Dictionary<string, string> FromList(IEnumerable<ImplyNameValue?>? tags)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags ?? [])
        {
            if (tag?.Name is { } name)
            {
                result[name] = tag.Value ?? string.Empty;
            }
        }

        return result;
    }
}
