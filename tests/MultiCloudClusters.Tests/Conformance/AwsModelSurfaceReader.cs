using System.Text.Json;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// Reads an AWS service model (botocore's <c>service-2.json</c>, protocol rest-json) into an <see cref="ApiSurface"/>:
/// input members located in the URI, query string or headers become parameters, the other input members the request
/// body, and the output members (those not in headers) the response body. Types as rest-json puts them on the wire:
/// timestamps are epoch seconds (numbers), blobs Base64 strings, long and integer both integers.
/// </summary>
internal static class AwsModelSurfaceReader
{
    private static readonly Dictionary<string, string> Locations = new(StringComparer.Ordinal)
    {
        ["uri"] = "path", ["querystring"] = "query", ["header"] = "header",
    };

    public static ApiSurface Read(string source, JsonElement model)
    {
        var shapes = model.GetProperty("shapes");
        var operations = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
        foreach (var operation in model.GetProperty("operations").EnumerateObject())
        {
            var http = operation.Value.GetProperty("http");
            var path = http.GetProperty("requestUri").GetString()!.Split('?')[0].Replace("+}", "}", StringComparison.Ordinal);
            var parameters = new List<ApiParameter>();
            ShapeNode? request = null;
            if (operation.Value.TryGetProperty("input", out var input))
            {
                var inputShape = shapes.GetProperty(input.GetProperty("shape").GetString()!);
                var required = RequiredOf(inputShape);
                foreach (var member in inputShape.GetProperty("members").EnumerateObject())
                {
                    if (member.Value.TryGetProperty("location", out var location) && Locations.TryGetValue(location.GetString()!, out var @in))
                    {
                        var name = member.Value.TryGetProperty("locationName", out var n) ? n.GetString()! : member.Name;
                        var type = Shape(shapes, member.Value.GetProperty("shape").GetString()!).TypeName;
                        parameters.Add(new ApiParameter(name, @in, @in == "path" || required.Contains(member.Name), type));
                    }
                }

                request = Body(shapes, inputShape, input.GetProperty("shape").GetString()!);
            }

            var response = operation.Value.TryGetProperty("output", out var output)
                ? Body(shapes, shapes.GetProperty(output.GetProperty("shape").GetString()!), output.GetProperty("shape").GetString()!)
                : null;
            var op = new ApiOperation(http.GetProperty("method").GetString()!, path, parameters, ShapeNode.Flatten(request), ShapeNode.Flatten(response));
            operations.Add(op.Key, op);
        }

        return new ApiSurface(source, operations);
    }

    /// <summary>The body part of an input or output shape: its payload member, or the members not bound elsewhere.</summary>
    private static ShapeNode? Body(JsonElement shapes, JsonElement shape, string name)
    {
        if (shape.TryGetProperty("payload", out var payload))
        {
            return Shape(shapes, shape.GetProperty("members").GetProperty(payload.GetString()!).GetProperty("shape").GetString()!);
        }

        var inBody = shape.GetProperty("members").EnumerateObject().Where(m => !m.Value.TryGetProperty("location", out _)).ToList();
        return inBody.Count == 0 ? null : ShapeNode.Object(name, () => Members(shapes, shape, inBody));
    }

    private static ShapeNode Shape(JsonElement shapes, string name)
    {
        var shape = shapes.GetProperty(name);
        return shape.GetProperty("type").GetString() switch
        {
            "structure" => ShapeNode.Object(name, () => Members(shapes, shape, [.. shape.GetProperty("members").EnumerateObject()])),
            "list" => ShapeNode.Array(() => Shape(shapes, shape.GetProperty("member").GetProperty("shape").GetString()!)),
            "map" => ShapeNode.Map(() => Shape(shapes, shape.GetProperty("value").GetProperty("shape").GetString()!)),
            "string" or "blob" => ShapeNode.Scalar("string"),
            "integer" or "long" or "short" or "byte" => ShapeNode.Scalar("integer"),
            "float" or "double" or "timestamp" => ShapeNode.Scalar("number"),
            "boolean" => ShapeNode.Scalar("boolean"),
            _ => ShapeNode.Any,
        };
    }

    private static List<ShapeMember> Members(JsonElement shapes, JsonElement shape, IEnumerable<JsonProperty> members)
    {
        var required = RequiredOf(shape);
        return [.. members.Select(m => new ShapeMember(
            m.Value.TryGetProperty("locationName", out var n) ? n.GetString()! : m.Name,
            required.Contains(m.Name),
            () => Shape(shapes, m.Value.GetProperty("shape").GetString()!)))];
    }

    private static HashSet<string> RequiredOf(JsonElement shape) =>
        shape.TryGetProperty("required", out var list) ? [.. list.EnumerateArray().Select(r => r.GetString()!)] : [];
}
