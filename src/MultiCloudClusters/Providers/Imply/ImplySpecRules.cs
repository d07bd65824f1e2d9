using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Imply.Generated;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>Checks cluster specs before they are sent, and turns them into the JSON of a merge patch.</summary>
internal static class ImplySpecRules
{
    private static readonly Generated.ImplyJsonContext Models = Generated.ImplyJsonContext.Default;

    /// <summary>The spec as JSON with unset (null) members left out (the context's setting), as a merge patch needs.</summary>
    public static System.Text.Json.Nodes.JsonObject ToNode(Generated.ClusterSpec spec) =>
        JsonSerializer.SerializeToNode(spec, Models.ClusterSpec)!.AsObject();

    /// <summary>
    /// The rules every spec sent must keep. <paramref name="full"/> adds what a complete spec needs:
    /// a version, and <c>pivot.accessMode</c> (the server answers 500 on an overwrite without it).
    /// </summary>
    public static void Check(RequestValidator validator, string prefix, Generated.ClusterSpec spec, bool full)
    {
        if (full)
        {
            validator.Required(prefix + ".version", spec.Version);
            validator.Required(prefix + ".pivot.accessMode", spec.Pivot?.AccessMode);
        }

        if (spec.DesiredState is { } desired && desired != ImplyStatusMap.Started && desired != ImplyStatusMap.Stopped)
        {
            validator.Fail(prefix + ".desiredState", $"must be {ImplyStatusMap.Started} or {ImplyStatusMap.Stopped} (got '{desired}')");
        }

        validator.Range(prefix + ".master.replicas", spec.Master?.Replicas, 0, int.MaxValue);
        validator.Range(prefix + ".query.replicas", spec.Query?.Replicas, 0, int.MaxValue);
        validator.Range(prefix + ".data.tier1.replicas", spec.Data?.Tier1?.Replicas, 0, int.MaxValue);
        validator.Range(prefix + ".data.tier2.replicas", spec.Data?.Tier2?.Replicas, 0, int.MaxValue);
        validator.Range(prefix + ".data.tier3.replicas", spec.Data?.Tier3?.Replicas, 0, int.MaxValue);
        validator.Range(prefix + ".metadataStore.diskSize", spec.MetadataStore?.DiskSize, 1, int.MaxValue);
        validator.Range(prefix + ".metadataStore.backupRetention", spec.MetadataStore?.BackupRetention, 0, int.MaxValue);
        if (spec.DeepStorage is { } storage && full)
        {
            validator.Required(prefix + ".deepStorage.path", storage.Path);
        }

        GeneratedMembers.RefuseDeclared(validator, prefix + ".AdditionalProperties", Models.ClusterSpec, spec.AdditionalProperties?.Keys);
        var tags = spec.AwsTags ?? [];
        for (var i = 0; i < tags.Count; i++)
        {
            validator.Required($"{prefix}.awsTags[{i}].name", tags[i]?.Name);
        }
    }

    /// <summary>
    /// Checks a dotted member path below <c>spec</c> against the members the API describes (a typo would
    /// otherwise delete nothing, or the wrong thing); returns its segments, or null when it is not valid.
    /// </summary>
    public static string[]? ParseMemberPath(RequestValidator validator, string field, string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            validator.Fail(field, "must be a dotted member path below spec, e.g. deepStorage.encrypt");
            return null;
        }

        var segments = path.Trim().Split('.');
        if (segments[0] == "spec")
        {
            segments = segments[1..];
        }

        JsonTypeInfo? type = Models.ClusterSpec;
        for (var i = 0; i < segments.Length; i++)
        {
            var member = type is null ? null : GeneratedMembers.Of(type).GetValueOrDefault(segments[i]);
            if (member is null)
            {
                var where = i == 0 ? "spec" : "spec." + string.Join('.', segments[..i]);
                var known = type is null ? "no members (it is not an object)" : "the members " + string.Join(", ", GeneratedMembers.Of(type).Keys);
                validator.Fail(field, $"names '{path}', but {where} has {known}");
                return null;
            }

            // Only a generated model has members to descend into (not a list, a dictionary or a value).
            type = Models.GetTypeInfo(member.PropertyType) is { Kind: JsonTypeInfoKind.Object } model ? model : null;
        }

        return segments;
    }
}
