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
/// parsing; this turns them into one shape. Requests keep sending <see cref="Generated.IpWhitelistEntry"/> objects.
/// </remarks>
public static class AmeIpWhitelist
{
    /// <summary>The allowed source ranges of <paramref name="cluster"/>, in the order the server gave them.</summary>
    /// <param name="cluster">A cluster as the API answered it.</param>
    /// <returns>One entry per item; a bare CIDR string has no description (null).</returns>
    /// <exception cref="Errors.CloudApiException">An item is neither a string nor an object with a <c>cidr</c> (<c>MalformedResponse</c>).</exception>
    public static IReadOnlyList<Generated.IpWhitelistResponse> Read(Generated.Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var items = cluster.IpWhitelist ?? [];
        var entries = new List<Generated.IpWhitelistResponse>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            entries.Add(ReadItem(items[i]) ?? throw ProviderCall.Malformed(AmeClusterProvider.ProviderName, 200, $"ipWhitelist[{i}] is neither a CIDR string nor an object with a cidr"));
        }

        return entries;
    }

    private static Generated.IpWhitelistResponse? ReadItem(object? item) => item switch
    {
        string cidr => new Generated.IpWhitelistResponse { Cidr = cidr },
        Generated.IpWhitelistResponse response => response,
        Generated.IpWhitelistEntry entry => new Generated.IpWhitelistResponse { Cidr = entry.Cidr, Description = entry.Description },
        JsonElement { ValueKind: JsonValueKind.String } text => new Generated.IpWhitelistResponse { Cidr = text.GetString() },
        JsonElement { ValueKind: JsonValueKind.Object } element when String(element, "cidr") is { } cidr =>
            new Generated.IpWhitelistResponse { Cidr = cidr, Description = String(element, "description") },
        _ => null,
    };

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
