using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>
/// What a new OKS project looks like (<see cref="OksClusterProvider.CreateProjectAsync"/>). It is also what
/// <see cref="OksClusterProvider.GetProjectTemplateAsync"/> returns, filled with the provider's defaults: set a
/// name and send it.
/// </summary>
public sealed class OksProjectCreateRequest
{
    /// <summary>The project name, unique in the account: 1 to 40 lower-case letters, digits and '-', starting with a letter and not ending with '-' (required).</summary>
    public string? Name { get; set; }

    /// <summary>The IP range of the project's Net, e.g. <c>10.50.0.0/18</c> (required).</summary>
    public string? Cidr { get; set; }

    /// <summary>The region, e.g. <c>eu-west-2</c>; null for the provider's region.</summary>
    public string? Region { get; set; }

    /// <summary>Free text (older API versions).</summary>
    public string? Description { get; set; }

    /// <summary>Key/value tags.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; set; }

    /// <summary>Net options.</summary>
    public OksNetSpecific? NetSpecific { get; set; }

    /// <summary>Special behaviours to turn on.</summary>
    public IReadOnlyList<string>? Quirks { get; set; }

    /// <summary>When true, deleting the project through the API is refused (server default: false).</summary>
    public bool? DisableApiTermination { get; set; }

    /// <summary>
    /// Members of the API's create body that this version does not know, sent as they are; a template keeps
    /// here what the API sent beyond the known members.
    /// </summary>
    public IDictionary<string, JsonElement> AdditionalProperties { get; set; } = new Dictionary<string, JsonElement>();
}
