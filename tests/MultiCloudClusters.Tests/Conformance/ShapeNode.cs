namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// A body type as both readers see it, before it is flattened into <see cref="ApiMember"/>s. Children are built on
/// demand so recursive types (a schema that contains itself) stay finite; <see cref="Identity"/> names the
/// definition a node came from, so the walk stops when it meets the same definition again on its way down.
/// </summary>
internal sealed class ShapeNode
{
    private static readonly IReadOnlyList<ShapeMember> NoMembers = [];

    private ShapeNode(string kind, string? identity, Func<ShapeNode>? element, Func<IReadOnlyList<ShapeMember>>? members)
    {
        Kind = kind;
        Identity = identity;
        ElementFactory = element;
        MembersFactory = members;
    }

    /// <summary>string, integer, number, boolean, any, object, array or map.</summary>
    public string Kind { get; }

    /// <summary>The named definition this node comes from (a <c>$ref</c> or an AWS shape name), if any.</summary>
    public string? Identity { get; }

    private Func<ShapeNode>? ElementFactory { get; }

    private Func<IReadOnlyList<ShapeMember>>? MembersFactory { get; }

    /// <summary>Array items or map values (<c>any</c> when not described).</summary>
    public ShapeNode Element => ElementFactory?.Invoke() ?? Any;

    /// <summary>The members of an object (empty for other kinds).</summary>
    public IReadOnlyList<ShapeMember> Members => MembersFactory?.Invoke() ?? NoMembers;

    /// <summary>A value of any type.</summary>
    public static ShapeNode Any { get; } = new("any", null, null, null);

    /// <summary>The normalised type name, e.g. <c>array&lt;object&gt;</c>.</summary>
    public string TypeName => Kind switch
    {
        "array" => $"array<{Element.TypeName}>",
        "map" => $"map<{Element.TypeName}>",
        _ => Kind,
    };

    /// <summary>A string, integer, number or boolean.</summary>
    public static ShapeNode Scalar(string kind) => new(kind, null, null, null);

    /// <summary>A list.</summary>
    public static ShapeNode Array(Func<ShapeNode> items) => new("array", null, items, null);

    /// <summary>A map from strings to values.</summary>
    public static ShapeNode Map(Func<ShapeNode> values) => new("map", null, values, null);

    /// <summary>An object with named members.</summary>
    public static ShapeNode Object(string? identity, Func<IReadOnlyList<ShapeMember>> members) => new("object", identity, null, members);

    /// <summary>Flattens a body into members: the root as <c>(body)</c>, then every member below it.</summary>
    public static IReadOnlyList<ApiMember> Flatten(ShapeNode? root)
    {
        var members = new List<ApiMember>();
        if (root is null)
        {
            return members;
        }

        members.Add(new ApiMember("(body)", root.TypeName, Required: true));
        Descend(root, string.Empty, members, []);
        return members;
    }

    private static void Descend(ShapeNode node, string path, List<ApiMember> into, HashSet<string> stack)
    {
        switch (node.Kind)
        {
            case "array":
                Descend(node.Element, path + "[]", into, stack);
                return;
            case "map":
                Descend(node.Element, path + "{}", into, stack);
                return;
            case "object":
                if (node.Identity is { } identity && !stack.Add(identity))
                {
                    return; // the same definition again below itself: its members were listed above
                }

                foreach (var member in node.Members)
                {
                    var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                    var shape = member.Shape();
                    into.Add(new ApiMember(memberPath, shape.TypeName, member.Required));
                    Descend(shape, memberPath, into, stack);
                }

                if (node.Identity is not null)
                {
                    stack.Remove(node.Identity);
                }

                return;
        }
    }
}

/// <summary>A named member of an object shape.</summary>
/// <param name="Name">The JSON member name.</param>
/// <param name="Required">Whether the object lists it as required.</param>
/// <param name="Shape">Its type, built on demand.</param>
internal sealed record ShapeMember(string Name, bool Required, Func<ShapeNode> Shape);
