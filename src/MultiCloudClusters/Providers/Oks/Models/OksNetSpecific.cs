using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Net options of an OKS project (in answers and in <see cref="OksProjectCreateRequest"/>).</summary>
public sealed class OksNetSpecific
{
    /// <summary>When true, no LAN security groups are made for the project's Net.</summary>
    public bool DisableLanSecurityGroups { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none); sent back as they are when this object is part of a request.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
