using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>A volume snapshot that belongs to an OKS project.</summary>
public sealed class OksSnapshot : ProviderResult
{
    /// <summary>The snapshot id.</summary>
    public string? SnapshotId { get; init; }

    /// <summary>The volume it was taken from.</summary>
    public string? VolumeId { get; init; }

    /// <summary>The volume size in GiB.</summary>
    public int? VolumeSize { get; init; }

    /// <summary>Its state, e.g. <c>completed</c>.</summary>
    public string? State { get; init; }

    /// <summary>How far it got, in percent.</summary>
    public int? Progress { get; init; }

    /// <summary>When it was taken, as the API sends it (kept as text).</summary>
    public string? CreationDate { get; init; }

    /// <summary>Its description.</summary>
    public string? Description { get; init; }

    /// <summary>The owning account.</summary>
    public string? AccountId { get; init; }

    /// <summary>Its cloud tags (empty when none).</summary>
    public IReadOnlyList<OksResourceTag> Tags { get; init; } = [];

    /// <summary>Who may create a volume from it.</summary>
    public OksResourcePermissions? PermissionsToCreateVolume { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
