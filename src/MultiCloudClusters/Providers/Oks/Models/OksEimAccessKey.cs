using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>An access key of an EIM user. The secret is only sent when the user is created; <see cref="ToString"/> never shows it.</summary>
public sealed class OksEimAccessKey
{
    /// <summary>The access key id.</summary>
    public string? AccessKeyId { get; init; }

    /// <summary>The secret key (a secret: only present in the answer that created the user).</summary>
    public string? SecretKey { get; init; }

    /// <summary>Its state. Known values: <c>ACTIVE</c>, <c>INACTIVE</c>.</summary>
    public string? State { get; init; }

    /// <summary>When it was made, as the API sends it.</summary>
    public string? CreationDate { get; init; }

    /// <summary>When it expires, as the API sends it; null when it does not.</summary>
    public string? ExpirationDate { get; init; }

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"OksEimAccessKey {AccessKeyId} {State ?? "no state"}, secret {(SecretKey is null ? "absent" : "hidden")}";
}
