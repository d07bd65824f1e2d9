using System.Text.Json.Nodes;
using MultiCloudClusters.Errors;
using Generated = MultiCloudClusters.Providers.Imply.Generated;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Builds the body of an update as a JSON merge patch (RFC 7386) of a cluster: members the caller set
/// are present, members the caller did not touch are absent, and cleared members are explicit nulls.
/// A typed object cannot tell "not set" from "delete", hence a JSON object built member by member.
/// </summary>
internal static class ImplyMergePatch
{
    /// <summary>The patch, with <paramref name="specNode"/> as its <c>spec</c> member.</summary>
    public static Generated.ClusterMergePatch Create(JsonObject specNode)
    {
        return new Generated.ClusterMergePatch { AdditionalProperties = new Dictionary<string, object>(StringComparer.Ordinal) { ["spec"] = specNode } };
    }

    /// <summary>The <c>spec</c> member of a patch; broken rules go to <paramref name="validator"/>.</summary>
    public static JsonObject BuildSpec(RequestValidator validator, Generated.ClusterSpec? spec, IReadOnlyDictionary<string, string>? tags, IReadOnlyList<string>? clear)
    {
        var node = spec is null ? new JsonObject() : ImplySpecRules.ToNode(spec);
        if (spec is not null)
        {
            ImplySpecRules.Check(validator, "request.Options.Spec", spec, full: false);
        }

        if (tags is not null)
        {
            if (node.ContainsKey("awsTags"))
            {
                validator.Fail("request.Tags", "and request.Options.Spec.AwsTags both set spec.awsTags; set only one");
            }
            else
            {
                node["awsTags"] = ImplyTags.ToNode(tags);
            }
        }

        for (var i = 0; i < (clear?.Count ?? 0); i++)
        {
            var field = $"request.Options.ClearMembers[{i}]";
            var segments = ImplySpecRules.ParseMemberPath(validator, field, clear![i]);
            if (segments is not null)
            {
                SetNull(validator, field, node, segments);
            }
        }

        return node;
    }

    private static void SetNull(RequestValidator validator, string field, JsonObject spec, string[] segments)
    {
        var parent = spec;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (!parent.TryGetPropertyValue(segments[i], out var child))
            {
                var created = new JsonObject();
                parent[segments[i]] = created;
                parent = created;
            }
            else if (child is JsonObject existing)
            {
                parent = existing;
            }
            else
            {
                validator.Fail(field, $"clears a member inside spec.{string.Join('.', segments[..(i + 1)])}, which is itself cleared or replaced");
                return;
            }
        }

        if (parent.ContainsKey(segments[^1]))
        {
            validator.Fail(field, $"clears spec.{string.Join('.', segments)}, which is also set in request.Options.Spec or cleared twice");
            return;
        }

        parent[segments[^1]] = null;
    }
}
