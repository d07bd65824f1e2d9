using System.Text.Json;

namespace MultiCloudClusters.Http;

/// <summary>
/// Carries members a hand-written model does not name between it and the generated one. Reading builds its
/// <c>AdditionalProperties</c> from the generated one: the members the spec does
/// not know (the generated extension data) and the spec members the hand-written model leaves unmodelled, each as
/// JSON, so nothing a provider sends is lost behind the public surface.
/// </summary>
internal static class AdditionalMembers
{
    private static readonly IReadOnlyDictionary<string, JsonElement> None = new Dictionary<string, JsonElement>(0, StringComparer.Ordinal);

    private static readonly JsonElement Null = JsonElement.Parse("null");

    /// <summary>
    /// The extension data of a generated object plus the named spec members the model does not map
    /// (null members are left out).
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> Of(IDictionary<string, object>? extension, params ReadOnlySpan<(string Name, object? Value)> unmapped)
    {
        if ((extension is null || extension.Count == 0) && !HasValue(unmapped))
        {
            return None;
        }

        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in extension ?? new Dictionary<string, object>())
        {
            members[name] = ToElement(value);
        }

        foreach (var (name, value) in unmapped)
        {
            if (value is not null)
            {
                members[name] = ToElement(value);
            }
        }

        return members;
    }

    /// <summary>The members of a generated model's extension data; empty when there are none.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Read(IDictionary<string, object>? members) => Of(members);

    /// <summary>Extension data for a generated model from a hand-written model's members (empty when there are none).</summary>
    public static Dictionary<string, object> Write(IEnumerable<KeyValuePair<string, JsonElement>>? members) =>
        members?.ToDictionary(m => m.Key, m => (object)m.Value, StringComparer.Ordinal) ?? [];

    /// <summary>
    /// A value as JSON: a <see cref="JsonElement"/> as it came (detached from its document), anything else (a generated
    /// model) serialized as the generated clients write it.
    /// </summary>
    public static JsonElement ToElement(object? value) => value switch
    {
        JsonElement element => element.Clone(),
        null => Null,
        _ => JsonSerializer.SerializeToElement(value, GeneratedClientJson.AnyProvider.GetTypeInfo(value.GetType())),
    };

    private static bool HasValue(ReadOnlySpan<(string Name, object? Value)> members)
    {
        foreach (var (_, value) in members)
        {
            if (value is not null)
            {
                return true;
            }
        }

        return false;
    }
}
