using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>One source range allowed to reach a cluster's API server (an item of <c>ipWhitelist</c>).</summary>
public sealed class AmeIpWhitelistEntry
{
    /// <summary>The range as a CIDR block, e.g. <c>203.0.113.0/24</c> (<c>cidr</c>; required when sent).</summary>
    public string? Cidr { get; set; }

    /// <summary>What the range is for (<c>description</c>; required when sent, null when the server gave a bare CIDR).</summary>
    public string? Description { get; set; }

    /// <summary>Members this type does not know: kept from an answer, and sent as they are in a request.</summary>
    public IDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
