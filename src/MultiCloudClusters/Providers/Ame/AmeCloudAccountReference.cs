using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The cloud account a cluster runs on (<c>cloudAccount</c>).</summary>
public sealed class AmeCloudAccountReference
{
    /// <summary>The account's identity (<c>identity</c>).</summary>
    public Guid? Identity { get; init; }

    /// <summary>Its display name (<c>displayName</c>).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Its primary credentials (<c>primaryCloudCredentials</c>).</summary>
    public AmeCloudCredentialsReference? PrimaryCloudCredentials { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
