using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>One machine of an Imply cluster (an item of <c>status.servers</c>).</summary>
public sealed class ImplyServer
{
    /// <summary>The instance id (<c>instanceId</c>); pass it to <see cref="ImplyClusterProvider.ReplaceServerAsync"/>.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The machine type (<c>instanceType</c>).</summary>
    public string? InstanceType { get; init; }

    /// <summary>The tier the server belongs to, e.g. <c>master</c>, <c>query</c>, <c>data</c> (<c>tier</c>).</summary>
    public string? Tier { get; init; }

    /// <summary>The server's state as the server reports it (<c>state</c>; not a closed list).</summary>
    public string? State { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
