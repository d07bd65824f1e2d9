using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MultiCloudClusters.Tests;

/// <summary>
/// Writes a hand-written provider model back as the JSON the API would send: each property under its camelCase
/// name (or the wire name given in <c>renames</c>, keyed <c>Type.Property</c>; a dotted wire name nests), and the
/// model's <c>AdditionalProperties</c> merged in beside them. Comparing that with a pinned answer shows whether the
/// model, typed members and unknown ones together, kept every member.
/// </summary>
internal static class ModelJson
{
    /// <summary>The member every <see cref="WithUnknownMember"/> adds: a name no API declares, with a nested value.</summary>
    public const string Unknown = "zzFutureMember";

    /// <summary>
    /// <paramref name="json"/> with <see cref="Unknown"/> added to the object at each path (<c>$</c>, <c>$.a.b</c>,
    /// <c>$.a[0]</c>); a path that names no object fails the test, so the list stays true to the example.
    /// </summary>
    public static string WithUnknownMember(string json, params string[] paths)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var path in paths)
        {
            JsonNode? node = root;
            foreach (var segment in path.Split('.'))
            {
                var name = segment.Split('[')[0];
                node = name is "$" ? node : node?[name];
                foreach (var index in segment.Split('[').Skip(1))
                {
                    node = node?[int.Parse(index.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)];
                }
            }

            Assert.True(node is JsonObject, $"{path} names no object of the example");
            node![Unknown] = new JsonObject { ["kept"] = new JsonArray(1, "two", null) };
        }

        return root.ToJsonString();
    }

    public static JsonNode? ToNode(object? model, IReadOnlyDictionary<string, string>? renames = null)
    {
        renames ??= new Dictionary<string, string>();
        switch (model)
        {
            case null:
                return null;
            case JsonElement element:
                return JsonNode.Parse(element.GetRawText());
            case string or bool or int or long or double or decimal or Guid or DateTimeOffset:
                return JsonSerializer.SerializeToNode(model, model.GetType());
            case IDictionary dictionary:
                var map = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    map[(string)entry.Key] = ToNode(entry.Value, renames);
                }

                return map;
            case IEnumerable pairs when model.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)):
                // A read-only dictionary that is no IDictionary (e.g. members converted on first read) is still an object.
                var readOnly = new JsonObject();
                foreach (var pair in pairs)
                {
                    var key = (string)pair.GetType().GetProperty("Key")!.GetValue(pair)!;
                    readOnly[key] = ToNode(pair.GetType().GetProperty("Value")!.GetValue(pair), renames);
                }

                return readOnly;
            case IEnumerable items:
                var array = new JsonArray();
                foreach (var item in items)
                {
                    array.Add(ToNode(item, renames));
                }

                return array;
        }

        var type = model.GetType();
        var result = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.DeclaringType == typeof(MultiCloudClusters.Http.ProviderResult))
            {
                continue; // the request id comes from the answer's headers or envelope, not from the object's members
            }

            var value = property.GetValue(model);
            if (property.Name == "AdditionalProperties")
            {
                foreach (var (name, member) in (IEnumerable<KeyValuePair<string, JsonElement>>)value!)
                {
                    result[name] = JsonNode.Parse(member.GetRawText());
                }

                continue;
            }

            if (value is null)
            {
                continue;
            }

            var wire = renames.GetValueOrDefault($"{type.Name}.{property.Name}") ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var parent = result;
            var path = wire.Split('.');
            foreach (var segment in path[..^1])
            {
                parent = (JsonObject)(parent[segment] ??= new JsonObject());
            }

            parent[path[^1]] = ToNode(value, renames);
        }

        return result;
    }
}
