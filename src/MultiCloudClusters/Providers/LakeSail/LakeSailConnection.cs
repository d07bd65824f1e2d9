using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// A LakeSail cloud-account connection as the platform sends it: the <c>Native</c> of a <see
/// cref="CloudConnection"/>. Timestamps are the platform's text (the API leaves their format open); <see
/// cref="CloudConnection"/> carries them parsed.
/// </summary>
public sealed class LakeSailConnection : ProviderResult
{
    /// <summary>The connection id.</summary>
    public required string Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The cloud, e.g. <c>aws</c>.</summary>
    public string? Provider { get; init; }

    /// <summary>The cloud-specific settings.</summary>
    public LakeSailProviderConfig? ProviderConfig { get; init; }

    /// <summary>The state, e.g. <c>pending</c>, <c>active</c>, <c>failed</c> (not a closed list).</summary>
    public string? Status { get; init; }

    /// <summary>An explanation of the status.</summary>
    public string? StatusMessage { get; init; }

    /// <summary>When the connection was last used.</summary>
    public string? LastUsedAt { get; init; }

    /// <summary>When the deployed template was last brought up to date.</summary>
    public string? TemplateSyncedAt { get; init; }

    /// <summary>The outcome of the last template sync.</summary>
    public string? TemplateSyncMessage { get; init; }

    /// <summary>When it was created.</summary>
    public string? CreatedAt { get; init; }

    /// <summary>The member who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When it was last changed.</summary>
    public string? UpdatedAt { get; init; }

    /// <summary>The member who changed it last.</summary>
    public string? UpdatedBy { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailConnection({ServerText.CleanShort(Id)}, '{ServerText.CleanShort(Name)}', {ServerText.CleanShort(Status)})";
}
