using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// The cloud-specific settings of a LakeSail connection (AWS), as the platform sends them.
/// </summary>
public sealed class LakeSailProviderConfig
{
    /// <summary>The cloud account number, e.g. <c>123456789012</c>.</summary>
    public string? AccountId { get; init; }

    /// <summary>The connection's home region.</summary>
    public string? Region { get; init; }

    /// <summary>The IAM role the platform assumes.</summary>
    public string? RoleArn { get; init; }

    /// <summary>The secret holding the external id.</summary>
    public string? ExternalIdSecretArn { get; init; }

    /// <summary>The CloudFormation stack of the connection.</summary>
    public string? StackArn { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailProviderConfig({ServerText.CleanShort(AccountId)}, {ServerText.CleanShort(Region)})";
}
