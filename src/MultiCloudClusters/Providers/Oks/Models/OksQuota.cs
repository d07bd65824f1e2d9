using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>One cloud quota of an OKS project and how much of it is used.</summary>
public sealed class OksQuota
{
    /// <summary>The quota name, e.g. <c>vm_limit</c>.</summary>
    public string? Name { get; init; }

    /// <summary>A short description.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>A longer description.</summary>
    public string? Description { get; init; }

    /// <summary>The group the quota belongs to, e.g. <c>Compute</c>.</summary>
    public string? QuotaCollection { get; init; }

    /// <summary>The account the quota applies to.</summary>
    public string? AccountId { get; init; }

    /// <summary>The limit.</summary>
    public int? MaxValue { get; init; }

    /// <summary>How much is used.</summary>
    public int? UsedValue { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
