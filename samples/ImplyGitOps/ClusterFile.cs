using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MultiCloudClusters.Providers.Imply;

namespace MultiCloudClusters.Samples.ImplyGitOps;

/// <summary>
/// A cluster file as kept in source control: <c>metadata.name</c> names the cluster, <c>spec</c> is a JSON merge patch
/// (RFC 7386) of its spec: members present are set, objects merge member by member, lists replace, and <c>null</c>
/// deletes a member.
/// </summary>
public sealed class ClusterFile
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private ClusterFile(string? name, ImplyClusterSpec spec, IReadOnlyList<string> cleared)
    {
        Name = name;
        Spec = spec;
        ClearedMembers = cleared;
    }

    /// <summary>The cluster the file describes (<c>metadata.name</c>), if it says.</summary>
    public string? Name { get; }

    /// <summary>The spec members the file sets.</summary>
    public ImplyClusterSpec Spec { get; }

    /// <summary>The spec members the file deletes (its nulls), as dotted paths below <c>spec</c>.</summary>
    public IReadOnlyList<string> ClearedMembers { get; }

    /// <summary>Reads and checks a cluster file.</summary>
    /// <exception cref="SampleUsageException">The file is missing or not a cluster document.</exception>
    public static async Task<ClusterFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new SampleUsageException($"No cluster file at {path}.");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException ex)
        {
            throw new SampleUsageException($"{path} is not valid JSON: {ex.Message}");
        }

        if (root is not JsonObject document || document["spec"] is not JsonObject spec)
        {
            throw new SampleUsageException($"{path} must be a JSON object with a \"spec\" object (and optionally metadata.name).");
        }

        var cleared = new List<string>();
        CollectNulls(spec, "", cleared);
        var typed = spec.Deserialize<ImplyClusterSpec>(Json) ?? new ImplyClusterSpec();
        return new ClusterFile(document["metadata"]?["name"]?.GetValue<string>(), typed, cleared);
    }

    /// <summary>The spec as JSON with unset members left out, for comparing two versions of a cluster.</summary>
    public static JsonObject ToNode(ImplyClusterSpec? spec) =>
        spec is null ? [] : JsonSerializer.SerializeToNode(spec, Json)!.AsObject();

    private static void CollectNulls(JsonObject node, string prefix, List<string> paths)
    {
        foreach (var (key, value) in node)
        {
            var path = prefix + key;
            if (value is null)
            {
                paths.Add(path);
            }
            else if (value is JsonObject child)
            {
                CollectNulls(child, path + ".", paths);
            }
        }
    }
}
