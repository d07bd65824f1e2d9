using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>
/// The connection data of a registered cluster: the activation the EKS Connector manifest needs, and where the
/// cluster runs. <see cref="ToString"/> never shows <see cref="ActivationCode"/>.
/// </summary>
public sealed class EksConnectorConfig
{
    /// <summary>The activation id to put into the EKS Connector manifest.</summary>
    public string? ActivationId { get; init; }

    /// <summary>The secret activation code to put into the manifest with the id. Treat it as a password.</summary>
    public string? ActivationCode { get; init; }

    /// <summary>The deadline for applying the manifest; after it the registration can no longer be activated.</summary>
    public DateTimeOffset? ActivationExpiry { get; init; }

    /// <summary>Where the cluster runs, as given at registration (e.g. <c>EKS_ANYWHERE</c>, <c>GKE</c>, <c>OTHER</c>).</summary>
    public string? Provider { get; init; }

    /// <summary>The IAM role the connector agent assumes.</summary>
    public string? RoleArn { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() =>
        $"EksConnectorConfig({ServerText.CleanShort(Provider)}, ActivationId={ServerText.CleanShort(ActivationId)}, ActivationCode={(ActivationCode is null ? "none" : "hidden")}, ActivationExpiry={ActivationExpiry?.ToString("u", CultureInfo.InvariantCulture) ?? "unknown"})";
}
