using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>The lifecycle state of an OKS cluster.</summary>
public sealed class OksClusterStatuses
{
    /// <summary>The status as the API sends it. Seen values include <c>pending</c>, <c>deploying</c>, <c>ready</c>, <c>updating</c>, <c>upgrading</c>, <c>failed</c>, <c>deleting</c>, <c>deleted</c>.</summary>
    public string? Status { get; init; }

    /// <summary>When the cluster was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When it was deleted; null while it exists.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>A version it can be upgraded to, or empty.</summary>
    public string? AvailableUpgrade { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
