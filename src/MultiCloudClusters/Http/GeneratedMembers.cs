using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MultiCloudClusters.Errors;

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

    /// <summary>
    /// Refuses extra members that <paramref name="generatedType"/> already declares: they would be sent twice, and
    /// the typed property (or the provider's own method) is the way to set them.
    /// </summary>
    /// <param name="validator">Where the broken rules go.</param>
    /// <param name="field">The field of the extra members, e.g. <c>pool.AdditionalProperties</c>.</param>
    /// <param name="generatedType">The generated body the members go into.</param>
    /// <param name="names">The extra members' names.</param>
    public static void RefuseDeclared(RequestValidator validator, string field, Type generatedType, IEnumerable<string>? names)
    {
        var declared = Of(generatedType);
        foreach (var name in names ?? [])
        {
            if (declared.ContainsKey(name))
            {
                validator.Fail($"{field}[{name}]", $"names '{name}', a member the body already has: set it through its property (or the provider's own method) instead");
            }
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        GeneratedClientJson.Configure(options);
        return options;
    }
}
