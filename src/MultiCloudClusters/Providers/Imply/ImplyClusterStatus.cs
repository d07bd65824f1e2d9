using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>What the server reports about an Imply cluster (<c>status</c>); never sent.</summary>
public sealed class ImplyClusterStatus
{
    /// <summary>The configuration version (<c>resourceVersion</c>), one more with every change; read older ones with <see cref="ImplyClusterProvider.GetClusterVersionAsync"/>.</summary>
    public long? ResourceVersion { get; init; }

    /// <summary>The current run state, e.g. <c>RUNNING</c> (<c>state</c>; not a closed list).</summary>
    public string? State { get; init; }

    /// <summary>The cluster's machines (<c>servers</c>; empty when the server lists none).</summary>
    public IReadOnlyList<ImplyServer> Servers { get; init; } = [];

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
