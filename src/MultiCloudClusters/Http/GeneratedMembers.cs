using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MultiCloudClusters.Http;

/// <summary>
/// Moves unknown members between a generated model's extension data (<c>AdditionalProperties</c>, values as
/// the serializer left them) and a hand-written model's <see cref="JsonElement"/> dictionary, and names the
/// members a generated model declares. Hand-written models keep what they do not know, so an answer
/// with a newer member survives a read, change and write unchanged.
/// </summary>
internal static class GeneratedMembers
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>A copy of <paramref name="extension"/> with each value as a JSON element (empty when there is none).</summary>
    public static Dictionary<string, JsonElement> Read(IDictionary<string, object>? extension)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in extension ?? new Dictionary<string, object>())
        {
            result[name] = value is JsonElement element ? element.Clone() : JsonSerializer.SerializeToElement(value, value?.GetType() ?? typeof(object), Json);
        }

        return result;
    }

    /// <summary>Copies <paramref name="members"/> into a generated model's extension data (nothing when null).</summary>
    public static void Write(IDictionary<string, object> extension, IEnumerable<KeyValuePair<string, JsonElement>>? members)
    {
        foreach (var (name, value) in members ?? [])
        {
            extension[name] = value.Clone();
        }
    }

    /// <summary>Copies <paramref name="members"/> into <paramref name="model"/>'s extension data and returns the model.</summary>
    public static T With<T>(T model, IEnumerable<KeyValuePair<string, JsonElement>>? members)
        where T : IGeneratedModel
    {
        Write(model.AdditionalProperties, members);
        return model;
    }

    /// <summary>The wire names of the members <paramref name="generatedType"/> declares, each with its property.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> Of(Type generatedType) =>
        generatedType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(p => p.Name is not null)
            .ToDictionary(p => p.Name!, p => p.Property, StringComparer.Ordinal);

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        GeneratedClientJson.Configure(options);
        return options;
    }
}
