using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>A Kubernetes taint put on every node of a pool.</summary>
public sealed class AmeNodeTaint
{
    /// <summary>The taint's key (<c>key</c>; required when sent).</summary>
    public string? Key { get; set; }

    /// <summary>Its value (<c>value</c>).</summary>
    public string? Value { get; set; }

    /// <summary>Its effect: <c>NoSchedule</c>, <c>PreferNoSchedule</c> or <c>NoExecute</c> (<c>effect</c>).</summary>
    public string? Effect { get; set; }

    /// <summary>Members this type does not know: kept from an answer, and sent as they are in a request.</summary>
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
