using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>Credentials of a cloud account, as a cluster or cloud account names them.</summary>
public sealed class AmeCloudCredentialsReference
{
    /// <summary>The credentials' identity (<c>identity</c>).</summary>
    public Guid? Identity { get; init; }

    /// <summary>Their display name (<c>displayName</c>).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Whether they are the account's primary credentials (<c>isPrimary</c>).</summary>
    public bool? IsPrimary { get; init; }

    /// <summary>Members the API sent that this type does not know.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
