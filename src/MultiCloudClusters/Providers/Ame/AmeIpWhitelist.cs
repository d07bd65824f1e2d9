using System.Text.Json;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>
/// Reads a cluster's <c>ipWhitelist</c> in either form AME may answer with: <c>{cidr, description}</c> objects
/// (as the API description shows) or bare CIDR strings (as the official Go client sends them).
/// </summary>
/// <remarks>
/// The generated <see cref="Generated.Cluster.IpWhitelist"/> keeps the items untyped so that neither form breaks
/// parsing; this turns them into one shape, <see cref="AmeCluster.IpWhitelist"/>.
/// </remarks>
internal static class AmeIpWhitelist
{
    /// <summary>The allowed source ranges of <paramref name="cluster"/>, in the order the server gave them.</summary>
    /// <param name="cluster">A cluster as the API answered it.</param>
    /// <returns>One entry per item; a bare CIDR string has no description (null).</returns>
    /// <exception cref="Errors.CloudApiException">An item is neither a string nor an object with a <c>cidr</c> (<c>MalformedResponse</c>).</exception>
    public static IReadOnlyList<AmeIpWhitelistEntry> Read(Generated.Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.IpWhitelist is not { Count: > 0 } items)
        {
            return [];
        }

        var entries = new List<AmeIpWhitelistEntry>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            entries.Add(ReadItem(items[i]) ?? throw ProviderCall.Malformed(AmeClusterProvider.ProviderName, 200, $"ipWhitelist[{i}] is neither a CIDR string nor an object with a cidr"));
        }

        return entries;
    }

    private static AmeIpWhitelistEntry? ReadItem(object? item) => item switch
    {
        string cidr => new AmeIpWhitelistEntry { Cidr = cidr },
        JsonElement { ValueKind: JsonValueKind.String } text => new AmeIpWhitelistEntry { Cidr = text.GetString() },
        JsonElement { ValueKind: JsonValueKind.Object } element when String(element, "cidr") is { } cidr => new AmeIpWhitelistEntry
        {
            Cidr = cidr,
            Description = String(element, "description"),
            AdditionalProperties = element.EnumerateObject()
                .Where(p => p.Name is not "cidr" and not "description")
                .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal),
        },
        Generated.IpWhitelistResponse response when response.Cidr is not null =>
            new AmeIpWhitelistEntry { Cidr = response.Cidr, Description = response.Description, AdditionalProperties = GeneratedMembers.Read(response.AdditionalProperties) },
        Generated.IpWhitelistEntry entry when entry.Cidr is not null =>
            new AmeIpWhitelistEntry { Cidr = entry.Cidr, Description = entry.Description, AdditionalProperties = GeneratedMembers.Read(entry.AdditionalProperties) },
        _ => null,
    };

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
