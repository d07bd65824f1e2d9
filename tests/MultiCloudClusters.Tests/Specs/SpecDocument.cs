using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Tests.Specs;

/// <summary>A provider spec from <c>specs/</c>, read as plain YAML so the tests do not trust the generator.</summary>
public sealed class SpecDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private SpecDocument(string fileName, YamlMappingNode root)
    {
        FileName = fileName;
        Root = root;
    }

    /// <summary>The spec's file name, e.g. <c>oks.yaml</c>.</summary>
    public string FileName { get; }

    /// <summary>The document root.</summary>
    public YamlMappingNode Root { get; }

    /// <summary>The <c>openapi</c> version string.</summary>
    public string OpenApiVersion => ((YamlScalarNode)Root.Children[new YamlScalarNode("openapi")]).Value!;

    /// <summary>Loads a spec copied next to the test assembly.</summary>
    public static SpecDocument Load(string fileName) => LoadFile(Path.Combine(AppContext.BaseDirectory, "specs", fileName));

    /// <summary>Loads any OpenAPI document in YAML (or JSON, which is YAML too).</summary>
    public static SpecDocument LoadFile(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>Reads a document from text, e.g. an in-memory copy of a spec.</summary>
    public static SpecDocument Parse(string fileName, string text)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(text);
        stream.Load(reader);
        return new SpecDocument(fileName, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>Every operation as <c>"METHOD /path" → operationId</c>.</summary>
    public IReadOnlyDictionary<string, string> Operations
    {
        get
        {
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var paths = (YamlMappingNode)Root.Children[new YamlScalarNode("paths")];
            foreach (var (pathKey, pathValue) in paths.Children)
            {
                foreach (var (methodKey, operation) in ((YamlMappingNode)pathValue).Children)
                {
                    var method = ((YamlScalarNode)methodKey).Value!;
                    if (!Methods.Contains(method))
                    {
                        continue;
                    }

                    var id = ((YamlMappingNode)operation).Children.TryGetValue(new YamlScalarNode("operationId"), out var idNode)
                        ? ((YamlScalarNode)idNode).Value!
                        : string.Empty;
                    result[$"{method.ToUpperInvariant()} {((YamlScalarNode)pathKey).Value}"] = id;
                }
            }

            return result;
        }
    }

    /// <summary>
    /// Every operation with its parameters: those of the path item and of the operation (the operation's win
    /// on the same name and location), with <c>$ref</c>s to <c>components/parameters</c> resolved.
    /// </summary>
    public IReadOnlyList<SpecOperation> OperationsWithParameters
    {
        get
        {
            var result = new List<SpecOperation>();
            var paths = (YamlMappingNode)Root.Children[new YamlScalarNode("paths")];
            foreach (var (pathKey, pathValue) in paths.Children)
            {
                var pathItem = (YamlMappingNode)pathValue;
                var shared = ReadParameters(pathItem);
                foreach (var (methodKey, operation) in pathItem.Children)
                {
                    var method = ((YamlScalarNode)methodKey).Value!;
                    if (!Methods.Contains(method))
                    {
                        continue;
                    }

                    var own = ReadParameters((YamlMappingNode)operation);
                    var merged = shared.Where(p => !own.Any(o => o.Name == p.Name && o.In == p.In)).Concat(own).ToList();
                    var id = ((YamlMappingNode)operation).Children.TryGetValue(new YamlScalarNode("operationId"), out var idNode) ? ((YamlScalarNode)idNode).Value! : string.Empty;
                    result.Add(new SpecOperation(method.ToUpperInvariant(), ((YamlScalarNode)pathKey).Value!, id, merged));
                }
            }

            return result;
        }
    }

    /// <summary>Every <c>$ref</c> value in the document.</summary>
    public IEnumerable<string> References => Walk(Root)
        .OfType<YamlMappingNode>()
        .SelectMany(m => m.Children)
        .Where(kv => kv.Key is YamlScalarNode { Value: "$ref" })
        .Select(kv => ((YamlScalarNode)kv.Value).Value!);

    /// <summary>Every mapping node that carries an <c>x-assumption</c> member, with that text.</summary>
    public IEnumerable<string> Assumptions => Walk(Root)
        .OfType<YamlMappingNode>()
        .SelectMany(m => m.Children)
        .Where(kv => kv.Key is YamlScalarNode { Value: "x-assumption" })
        .Select(kv => ((YamlScalarNode)kv.Value).Value ?? string.Empty);

    /// <summary>Whether a local JSON pointer such as <c>#/components/schemas/Cluster</c> resolves.</summary>
    public bool Resolves(string reference) => Node(reference) is not null;

    /// <summary>The node a local JSON pointer such as <c>#/components/schemas/Cluster</c> points at, or null.</summary>
    public YamlNode? Node(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        YamlNode node = Root;
        foreach (var raw in reference[2..].Split('/'))
        {
            var key = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            node = next;
        }

        return node;
    }

    private List<SpecParameter> ReadParameters(YamlMappingNode owner)
    {
        if (!owner.Children.TryGetValue(new YamlScalarNode("parameters"), out var list))
        {
            return [];
        }

        var parameters = new List<SpecParameter>();
        foreach (var item in ((YamlSequenceNode)list).Children)
        {
            var node = (YamlMappingNode)item;
            if (node.Children.TryGetValue(new YamlScalarNode("$ref"), out var reference))
            {
                node = (YamlMappingNode)Resolve(((YamlScalarNode)reference).Value!);
            }

            var schema = node.Children.TryGetValue(new YamlScalarNode("schema"), out var s) ? (YamlMappingNode)s : new YamlMappingNode();
            parameters.Add(new SpecParameter(
                Scalar(node, "name")!,
                Scalar(node, "in")!,
                Scalar(node, "required") == "true",
                Scalar(schema, "type"),
                Scalar(schema, "format")));
        }

        return parameters;
    }

    private YamlNode Resolve(string reference)
    {
        YamlNode node = Root;
        foreach (var key in reference[2..].Split('/'))
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static IEnumerable<YamlNode> Walk(YamlNode node)
    {
        yield return node;
        var children = node switch
        {
            YamlMappingNode m => m.Children.Values,
            YamlSequenceNode s => s.Children,
            _ => (IEnumerable<YamlNode>)[],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }
}

/// <summary>One operation of a spec.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path template, e.g. <c>/clusters/{cluster_id}</c>.</param>
/// <param name="OperationId">The operationId.</param>
/// <param name="Parameters">Its parameters, path item's and operation's merged.</param>
public sealed record SpecOperation(string Method, string Path, string OperationId, IReadOnlyList<SpecParameter> Parameters);

/// <summary>One parameter of an operation.</summary>
/// <param name="Name">The name in the spec.</param>
/// <param name="In">Where it goes: path, query, header.</param>
/// <param name="Required">Whether it is required.</param>
/// <param name="Type">The schema's type, when given inline.</param>
/// <param name="Format">The schema's format, when given.</param>
public sealed record SpecParameter(string Name, string In, bool Required, string? Type, string? Format);
