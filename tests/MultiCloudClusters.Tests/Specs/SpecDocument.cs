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
