using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The observability tenant of a cluster (<c>observabilityTenant</c>).</summary>
public sealed class AmeObservabilityTenant
{
    /// <summary>The tenant's integer id (<c>id</c>).</summary>
    public long? Id { get; init; }

    /// <summary>Its identity (<c>identity</c>).</summary>
    public Guid? Identity { get; init; }

    /// <summary>Its name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Its slug (<c>slug</c>).</summary>
    public string? Slug { get; init; }

    /// <summary>The customer it belongs to (<c>customer</c>).</summary>
    public string? Customer { get; init; }

    /// <summary>Whether it is available (<c>available</c>).</summary>
    public bool? Available { get; init; }

    /// <summary>The source ranges allowed to reach it, as the server writes them (<c>ipWhiteList</c>).</summary>
    public string? IpWhiteList { get; init; }

    /// <summary>The cluster it serves, member by member as sent (<c>cluster</c>; the API describes no members; empty when absent).</summary>
    public IReadOnlyDictionary<string, JsonElement> Cluster { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>The environment it serves, member by member as sent (<c>environment</c>; the API describes no members; empty when absent).</summary>
    public IReadOnlyDictionary<string, JsonElement> Environment { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>When it was created (<c>createdAt</c>).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed (<c>modifiedAt</c>).</summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>When it was deleted (<c>deletedAt</c>).</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
