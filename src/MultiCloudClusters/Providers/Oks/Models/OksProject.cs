using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>An OKS project: the Net its clusters live in, its settings and its state.</summary>
public sealed class OksProject : ProviderResult
{
    /// <summary>The project id (give it as <see cref="OksClusterOptions.ProjectId"/> to create a cluster in the project).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The project name, unique in the account.</summary>
    public string? Name { get; init; }

    /// <summary>Free text (older API versions).</summary>
    public string? Description { get; init; }

    /// <summary>The IP range of the project's Net, e.g. <c>10.50.0.0/18</c>.</summary>
    public string? Cidr { get; init; }

    /// <summary>The region, e.g. <c>eu-west-2</c>.</summary>
    public string? Region { get; init; }

    /// <summary>The project status as the API sends it. Known values: <c>pending</c>, <c>ready</c>, <c>deploying</c>, <c>updating</c>, <c>upgrading</c>, <c>failed</c>, <c>deleting</c>, <c>deleted</c>; clusters can be created once it is <c>ready</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Key/value tags (empty when none).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Net options of the project.</summary>
    public OksNetSpecific? NetSpecific { get; init; }

    /// <summary>Whether deleting the project through the API is refused.</summary>
    public bool? DisableApiTermination { get; init; }

    /// <summary>When the project was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the project last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When the project was deleted; null while it exists.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"OksProject {Id} '{Name}' {Status ?? "no status"}";
}
