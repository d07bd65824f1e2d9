using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Http;

/// <summary>
/// What the hand-written models that go both ways (read from answers, changed, sent back) need beyond
/// <see cref="AdditionalMembers"/>: unknown members as a dictionary the caller may change, copied into a
/// generated model in one call, and the members a generated model declares, so extra members cannot name them.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>The members of a generated model's extension data, as a new dictionary the caller may change.</summary>
    public static Dictionary<string, JsonElement> Read(IDictionary<string, object>? extension) =>
        new(AdditionalMembers.Read(extension), StringComparer.Ordinal);

    /// <summary>Sets a new generated <paramref name="model"/>'s extension data to <paramref name="members"/> and returns the model.</summary>
    public static T With<T>(T model, IEnumerable<KeyValuePair<string, JsonElement>>? members)
        where T : IGeneratedModel
    {
        model.AdditionalProperties = AdditionalMembers.Write(members);
        return model;
    }

    /// <summary>
    /// The wire names of the members a generated model declares, each with its metadata (from the provider's
    /// source-generated context: no reflection). The extension data is not a member.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonPropertyInfo> Of(JsonTypeInfo generatedType) =>
        generatedType.Properties
            .Where(p => !p.IsExtensionData)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>
    /// Refuses extra members that <paramref name="generatedType"/> already declares: they would be sent twice, and
    /// the typed property (or the provider's own method) is the way to set them.
    /// </summary>
    /// <param name="validator">Where the broken rules go.</param>
    /// <param name="field">The field of the extra members, e.g. <c>pool.AdditionalProperties</c>.</param>
    /// <param name="generatedType">The metadata of the generated body the members go into.</param>
    /// <param name="names">The extra members' names.</param>
    public static void RefuseDeclared(RequestValidator validator, string field, JsonTypeInfo generatedType, IEnumerable<string>? names)
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
}
