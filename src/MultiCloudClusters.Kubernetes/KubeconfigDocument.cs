using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MultiCloudClusters.Kubernetes;

/// <summary>
/// A kubeconfig as a YAML tree, so that a merge keeps everything it does not touch as it was: other clusters, users
/// and contexts, preferences, extensions, members this code does not know, and the quoting of each value.
/// </summary>
internal sealed class KubeconfigDocument
{
    /// <summary>The three named lists of a kubeconfig and the word for one entry of each.</summary>
    private static readonly (string List, string Entry)[] NamedLists = [("clusters", "cluster"), ("users", "user"), ("contexts", "context")];

    private readonly YamlMappingNode root;

    private KubeconfigDocument(YamlMappingNode root) => this.root = root;

    /// <summary>An empty kubeconfig (<c>apiVersion: v1</c>, <c>kind: Config</c>), as a new file starts.</summary>
    public static KubeconfigDocument Empty() => new(new YamlMappingNode(
        new YamlScalarNode("apiVersion"), new YamlScalarNode("v1"),
        new YamlScalarNode("kind"), new YamlScalarNode("Config")));

    /// <summary>Reads <paramref name="text"/>; blank text is an empty kubeconfig.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="source">What the text is, for the error message (never the text itself: it holds secrets).</param>
    /// <exception cref="InvalidDataException">The text is not YAML, or not a mapping.</exception>
    public static KubeconfigDocument Parse(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // The position only: YamlDotNet's message may quote the text around it.
            throw new InvalidDataException($"{source} is not valid YAML (line {e.Start.Line}, column {e.Start.Column}).");
        }

        return stream.Documents.Count switch
        {
            0 => Empty(),
            1 when stream.Documents[0].RootNode is YamlMappingNode mapping => new KubeconfigDocument(mapping),
            1 => throw new InvalidDataException($"{source} is not a kubeconfig: its top level is not a mapping."),
            _ => throw new InvalidDataException($"{source} holds {stream.Documents.Count} YAML documents; a kubeconfig is one."),
        };
    }

    /// <summary>The <c>current-context</c>, if set.</summary>
    public string? CurrentContext
    {
        get => Scalar(root, "current-context");
        set => root.Children[new YamlScalarNode("current-context")] = new YamlScalarNode(value ?? "");
    }

    /// <summary>The names of the entries of one of the lists (<c>contexts</c>, …).</summary>
    public IReadOnlyList<string> Names(string list) => [.. Entries(list).Select(e => Scalar(e, "name")).OfType<string>()];

    /// <summary>Renames context <paramref name="from"/> to <paramref name="to"/>, and the current context with it.</summary>
    public void RenameContext(string from, string to)
    {
        foreach (var entry in Entries("contexts").Where(e => Scalar(e, "name") == from))
        {
            entry.Children[new YamlScalarNode("name")] = new YamlScalarNode(to);
        }

        if (CurrentContext == from) CurrentContext = to;
    }

    /// <summary>
    /// Puts every cluster, user and context of <paramref name="incoming"/> into this document: an entry with the same
    /// name (in the same list) is replaced where it stands, a new one is added at the end.
    /// </summary>
    /// <returns>The entries replaced, as <c>cluster NAME</c>, <c>user NAME</c>, <c>context NAME</c>.</returns>
    public IReadOnlyList<string> Merge(KubeconfigDocument incoming)
    {
        var replaced = new List<string>();
        foreach (var (list, entry) in NamedLists)
        {
            var target = List(list);
            foreach (var item in incoming.Entries(list))
            {
                var name = Scalar(item, "name") ?? throw new InvalidDataException($"A {entry} in the kubeconfig has no name.");
                var at = target.Children.ToList().FindIndex(e => e is YamlMappingNode m && Scalar(m, "name") == name);
                if (at < 0)
                {
                    target.Children.Add(item);
                }
                else
                {
                    target.Children[at] = item;
                    replaced.Add($"{entry} {name}");
                }
            }
        }

        return replaced;
    }

    /// <summary>The YAML text.</summary>
    public override string ToString()
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var lines = writer.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        // YamlStream ends each document with an explicit "..." line, which kubeconfig files do not carry.
        if (lines.Count > 0 && lines[^1] == "...") lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines).TrimEnd() + "\n";
    }

    private IEnumerable<YamlMappingNode> Entries(string list) =>
        root.Children.TryGetValue(new YamlScalarNode(list), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
            : [];

    /// <summary>The list under <paramref name="key"/>, made (or made a list, when it was empty or null) if need be.</summary>
    private YamlSequenceNode List(string key)
    {
        if (root.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (node is YamlSequenceNode sequence) return sequence;
            if (node is not YamlScalarNode { Value: null or "" or "null" or "~" })
            {
                throw new InvalidDataException($"The kubeconfig's {key} is not a list.");
            }
        }

        var made = new YamlSequenceNode();
        root.Children[new YamlScalarNode(key)] = made;
        return made;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
}
