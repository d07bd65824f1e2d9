using System.Text.Json;

namespace MultiCloudClusters.Http;

/// <summary>
/// Carries the JSON members a generated model kept in its <c>AdditionalProperties</c> (those the spec does not
/// name) into a hand-written model and back, so an answer's unknown members survive and can be sent again.
/// </summary>
internal static class AdditionalMembers
{
    private static readonly IReadOnlyDictionary<string, JsonElement> None = new Dictionary<string, JsonElement>();

    /// <summary>The members of a generated model's extension data; empty when there are none.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Read(IDictionary<string, object>? members)
    {
        if (members is null || members.Count == 0)
        {
            return None;
        }

        var copy = new Dictionary<string, JsonElement>(members.Count, StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            // Deserialised extension data is always a JsonElement; anything else was put there in code.
            copy[name] = value is JsonElement element ? element.Clone() : JsonSerializer.SerializeToElement(value, value?.GetType() ?? typeof(object));
        }

        return copy;
    }

    /// <summary>Extension data for a generated model from a hand-written model's members (empty when there are none).</summary>
    public static Dictionary<string, object> Write(IEnumerable<KeyValuePair<string, JsonElement>>? members) =>
        members?.ToDictionary(m => m.Key, m => (object)m.Value, StringComparer.Ordinal) ?? [];
}
