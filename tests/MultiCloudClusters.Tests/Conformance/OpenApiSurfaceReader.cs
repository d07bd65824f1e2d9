using MultiCloudClusters.Tests.Specs;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// Reads an OpenAPI 3.0 or 3.1 document into an <see cref="ApiSurface"/>. <c>$ref</c>s are followed (schemas,
/// parameters, request bodies, responses); <c>allOf</c> is merged; a 3.1 <c>anyOf</c>/<c>oneOf</c> or type list with
/// <c>null</c> counts as the other type (nullability is not compared); an object without properties is a map.
/// </summary>
internal static class OpenApiSurfaceReader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public static ApiSurface Read(SpecDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
        foreach (var (pathKey, pathNode) in Entries(Child(document.Root, "paths")))
        {
            var pathItem = (YamlMappingNode)Resolve(document, pathNode);
            foreach (var method in Methods)
            {
                if (Child(pathItem, method) is not YamlMappingNode operation)
                {
                    continue;
                }

                var op = new ApiOperation(
                    method.ToUpperInvariant(),
                    Text(pathKey)!,
                    Parameters(document, Child(pathItem, "parameters"), Child(operation, "parameters")),
                    ShapeNode.Flatten(RequestBody(document, Child(operation, "requestBody"))),
                    ShapeNode.Flatten(SuccessBody(document, Child(operation, "responses"))));
                operations.Add(op.Key, op);
            }
        }

        return new ApiSurface(document.FileName, operations);
    }

    private static List<ApiParameter> Parameters(SpecDocument document, YamlNode? pathLevel, YamlNode? operationLevel)
    {
        // Operation parameters override path-level ones with the same name and location.
        var byKey = new Dictionary<(string, string), ApiParameter>();
        foreach (var list in new[] { pathLevel, operationLevel })
        {
            foreach (var node in list is YamlSequenceNode sequence ? sequence.Children : [])
            {
                var parameter = (YamlMappingNode)Resolve(document, node);
                var location = Text(Child(parameter, "in")) ?? string.Empty;
                var name = Text(Child(parameter, "name")) ?? string.Empty;
                var required = location == "path" || Text(Child(parameter, "required")) == "true";
                var type = Child(parameter, "schema") is { } schema ? Shape(document, schema, null).TypeName : "any";
                byKey[(location, location == "header" ? name.ToLowerInvariant() : name)] = new ApiParameter(name, location, required, type);
            }
        }

        return [.. byKey.Values];
    }

    private static ShapeNode? RequestBody(SpecDocument document, YamlNode? body) =>
        body is null ? null : ContentSchema(document, (YamlMappingNode)Resolve(document, body));

    private static ShapeNode? SuccessBody(SpecDocument document, YamlNode? responses)
    {
        if (responses is not YamlMappingNode map)
        {
            return null;
        }

        // The first 2xx that has a body is "the" answer (the others, where there are several, share its schema).
        foreach (var (code, response) in map.Children.OrderBy(c => Text(c.Key), StringComparer.Ordinal))
        {
            if (Text(code) is ['2', _, _] && ContentSchema(document, (YamlMappingNode)Resolve(document, response)) is { } shape)
            {
                return shape;
            }
        }

        return null;
    }

    private static ShapeNode? ContentSchema(SpecDocument document, YamlMappingNode holder)
    {
        if (Child(holder, "content") is not YamlMappingNode content)
        {
            return null;
        }

        var json = content.Children.FirstOrDefault(c => Text(c.Key)!.Contains("json", StringComparison.Ordinal)).Value;
        return json is YamlMappingNode media && Child(media, "schema") is { } schema ? Shape(document, schema, null) : null;
    }

    private static ShapeNode Shape(SpecDocument document, YamlNode node, string? identity)
    {
        if (node is not YamlMappingNode schema)
        {
            return ShapeNode.Any; // e.g. additionalProperties: true
        }

        if (Text(Child(schema, "$ref")) is { } reference)
        {
            var target = document.Node(reference) ?? throw new InvalidOperationException($"{document.FileName}: {reference} does not resolve");
            return Shape(document, target, reference);
        }

        if (Child(schema, "allOf") is YamlSequenceNode allOf)
        {
            return allOf.Children.Count == 1 ? Shape(document, allOf.Children[0], identity) : MergedObject(document, allOf.Children, identity);
        }

        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (Child(schema, keyword) is YamlSequenceNode choices)
            {
                var real = choices.Children.Where(c => !IsNullType(c)).ToList();
                return real.Count == 1 ? Shape(document, real[0], identity) : ShapeNode.Any;
            }
        }

        var type = Child(schema, "type") switch
        {
            YamlSequenceNode types => types.Children.Select(Text).Where(t => t != "null").ToList() is [var single] ? single : null,
            var scalar => Text(scalar),
        };
        var properties = Child(schema, "properties") as YamlMappingNode;
        if (type == "array")
        {
            var items = Child(schema, "items");
            return ShapeNode.Array(() => items is null ? ShapeNode.Any : Shape(document, items, null));
        }

        if (type == "object" || properties is not null)
        {
            if (properties is { Children.Count: > 0 })
            {
                return MergedObject(document, [schema], identity);
            }

            var values = Child(schema, "additionalProperties");
            return ShapeNode.Map(() => values is null ? ShapeNode.Any : Shape(document, values, null));
        }

        return type is "string" or "integer" or "number" or "boolean" ? ShapeNode.Scalar(type) : ShapeNode.Any;
    }

    private static ShapeNode MergedObject(SpecDocument document, IEnumerable<YamlNode> parts, string? identity) =>
        ShapeNode.Object(identity, () =>
        {
            var members = new List<ShapeMember>();
            var required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in parts.Select(p => (YamlMappingNode)Resolve(document, p)))
            {
                if (Child(part, "allOf") is YamlSequenceNode nested)
                {
                    members.AddRange(MergedObject(document, nested.Children, null).Members);
                }

                foreach (var name in Child(part, "required") is YamlSequenceNode list ? list.Children.Select(Text) : [])
                {
                    required.Add(name!);
                }

                foreach (var (key, value) in Entries(Child(part, "properties")))
                {
                    members.Add(new ShapeMember(Text(key)!, false, () => Shape(document, value, null)));
                }
            }

            return [.. members.Select(m => m with { Required = m.Required || required.Contains(m.Name) })];
        });

    private static bool IsNullType(YamlNode node) => node is YamlMappingNode map && Text(Child(map, "type")) == "null";

    private static YamlNode Resolve(SpecDocument document, YamlNode node)
    {
        while (node is YamlMappingNode map && Text(Child(map, "$ref")) is { } reference)
        {
            node = document.Node(reference) ?? throw new InvalidOperationException($"{document.FileName}: {reference} does not resolve");
        }

        return node;
    }

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlNode? node) =>
        node is YamlMappingNode map ? map.Children : [];

    private static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlNode? node) => (node as YamlScalarNode)?.Value;
}
