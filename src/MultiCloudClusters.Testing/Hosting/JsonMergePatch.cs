using System.Text.Json.Nodes;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>RFC 7386 JSON merge patch: present members replace, <c>null</c> members delete, absent members stay.</summary>
internal static class JsonMergePatch
{
    /// <summary>Applies <paramref name="patch"/> to a copy of <paramref name="target"/>.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target is JsonObject t ? (JsonObject)t.DeepClone() : new JsonObject();
        MergeInto(result, patchObject);
        return result;
    }

    private static void MergeInto(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject child && target[key] is JsonObject existing)
            {
                MergeInto(existing, child);
            }
            else if (value is JsonObject newChild)
            {
                var fresh = new JsonObject();
                MergeInto(fresh, newChild);
                target[key] = fresh;
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
