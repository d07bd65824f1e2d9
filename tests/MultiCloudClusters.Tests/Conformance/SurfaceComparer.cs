namespace MultiCloudClusters.Tests.Conformance;

/// <summary>One way our description and the reference disagree.</summary>
/// <param name="Where">The operation and the place in it, e.g. <c>PATCH /clusters/{cluster_id} request description</c>.</param>
/// <param name="What">How they differ, e.g. <c>only in ours</c> or <c>type ours string, reference integer</c>.</param>
internal sealed record Difference(string Where, string What)
{
    /// <summary>The line an allow-list names and a failing test prints.</summary>
    public override string ToString() => $"{Where}: {What}";
}

/// <summary>The outcome of a comparison, with what was compared.</summary>
/// <param name="Differences">Every difference, sorted.</param>
/// <param name="Operations">Operations found on both sides (compared).</param>
/// <param name="Parameters">Parameters compared (on both sides of a compared operation, or on one only).</param>
/// <param name="Members">Body members compared (likewise).</param>
internal sealed record ComparisonReport(IReadOnlyList<Difference> Differences, int Operations, int Parameters, int Members);

/// <summary>
/// Compares our description of an API with a reference one: operations by method and path, parameters by
/// name, location, required and type, and request/response body members by path, type and required. Below a member
/// that is only on one side, or whose type differs, nothing more is reported (one cause, one line).
/// </summary>
internal static class SurfaceComparer
{
    /// <param name="ours">Our description.</param>
    /// <param name="reference">The reference.</param>
    /// <param name="oursCoversPart">
    /// True when ours describes only some of the reference's operations on purpose (EKS: the registration subset):
    /// operations only in the reference are then not differences. Operations only in ours always are.
    /// </param>
    public static ComparisonReport Compare(ApiSurface ours, ApiSurface reference, bool oursCoversPart = false)
    {
        var differences = new List<Difference>();
        int operations = 0, parameters = 0, members = 0;
        foreach (var key in ours.Operations.Keys.Union(reference.Operations.Keys).Order(StringComparer.Ordinal))
        {
            var mine = ours.Operations.GetValueOrDefault(key);
            var theirs = reference.Operations.GetValueOrDefault(key);
            if (mine is null)
            {
                if (!oursCoversPart)
                {
                    differences.Add(new Difference(theirs!.ToString(), "operation only in the reference"));
                }

                continue;
            }

            if (theirs is null)
            {
                differences.Add(new Difference(mine.ToString(), "operation only in ours"));
                continue;
            }

            operations++;
            parameters += CompareParameters(mine, theirs, differences);
            members += CompareMembers($"{mine} request", mine.Request, theirs.Request, differences);
            members += CompareMembers($"{mine} response", mine.Response, theirs.Response, differences);
        }

        return new ComparisonReport([.. differences.OrderBy(d => d.ToString(), StringComparer.Ordinal)], operations, parameters, members);
    }

    private static int CompareParameters(ApiOperation mine, ApiOperation theirs, List<Difference> differences)
    {
        static string Key(ApiParameter p) => p.In == "header" ? $"header {p.Name.ToLowerInvariant()}" : $"{p.In} {p.Name}";
        var ourByKey = mine.Parameters.ToDictionary(Key, StringComparer.Ordinal);
        var theirByKey = theirs.Parameters.ToDictionary(Key, StringComparer.Ordinal);
        var keys = ourByKey.Keys.Union(theirByKey.Keys).Order(StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            var where = $"{mine} parameter {key}";
            switch ((ourByKey.GetValueOrDefault(key), theirByKey.GetValueOrDefault(key)))
            {
                case (null, _):
                    differences.Add(new Difference(where, "only in the reference"));
                    break;
                case (_, null):
                    differences.Add(new Difference(where, "only in ours"));
                    break;
                case var (a, b):
                    Same(where, a!.Type, b!.Type, a.Required, b.Required, differences);
                    break;
            }
        }

        return keys.Count;
    }

    private static int CompareMembers(string side, IReadOnlyList<ApiMember> mine, IReadOnlyList<ApiMember> theirs, List<Difference> differences)
    {
        var ourByPath = mine.ToDictionary(m => m.Path, StringComparer.Ordinal);
        var theirByPath = theirs.ToDictionary(m => m.Path, StringComparer.Ordinal);
        var silenced = new List<string>(); // paths whose descendants would only repeat a difference already reported
        var compared = 0;
        foreach (var path in ourByPath.Keys.Union(theirByPath.Keys).Order(StringComparer.Ordinal))
        {
            if (silenced.Any(s => IsBelow(path, s)))
            {
                continue;
            }

            compared++;
            var where = $"{side} {path}";
            switch ((ourByPath.GetValueOrDefault(path), theirByPath.GetValueOrDefault(path)))
            {
                case (null, _):
                    differences.Add(new Difference(where, "only in the reference"));
                    silenced.Add(path);
                    break;
                case (_, null):
                    differences.Add(new Difference(where, "only in ours"));
                    silenced.Add(path);
                    break;
                case var (a, b):
                    if (!Same(where, a!.Type, b!.Type, a.Required, b.Required, differences))
                    {
                        silenced.Add(path);
                    }

                    break;
            }
        }

        return compared;
    }

    /// <summary>Adds the type and required differences; returns whether the types agree.</summary>
    private static bool Same(string where, string ourType, string theirType, bool ourRequired, bool theirRequired, List<Difference> differences)
    {
        if (ourType != theirType)
        {
            differences.Add(new Difference(where, $"type ours {ourType}, reference {theirType}"));
        }

        if (ourRequired != theirRequired)
        {
            differences.Add(new Difference(where, $"required ours {Yes(ourRequired)}, reference {Yes(theirRequired)}"));
        }

        return ourType == theirType;
    }

    private static string Yes(bool value) => value ? "yes" : "no";

    private static bool IsBelow(string path, string parent) =>
        parent == "(body)" // a body of another type: every member of it differs for that one reason
        || (path.Length > parent.Length && path.StartsWith(parent, StringComparison.Ordinal) && path[parent.Length] is '.' or '[' or '{');
}
