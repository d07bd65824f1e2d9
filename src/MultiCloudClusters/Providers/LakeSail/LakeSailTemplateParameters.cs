using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// The stack parameter values of a connection's CloudFormation template. <see cref="ToString"/> shows no value.
/// </summary>
public sealed class LakeSailTemplateParameters
{
    /// <summary>The <c>ConnectionId</c> parameter.</summary>
    public string? ConnectionId { get; init; }

    /// <summary>The <c>LakeSailPrincipal</c> parameter: the principal allowed to assume the role.</summary>
    public string? LakeSailPrincipal { get; init; }

    /// <summary>The <c>ExternalId</c> parameter: the external id the role trust requires. Keep it private.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    /// <remarks>Names the parameters that are set, never their values.</remarks>
    public override string ToString()
    {
        var names = new List<string>();
        AddIfSet(names, nameof(ConnectionId), ConnectionId);
        AddIfSet(names, nameof(LakeSailPrincipal), LakeSailPrincipal);
        AddIfSet(names, nameof(ExternalId), ExternalId);
        names.AddRange(AdditionalProperties.Keys.Select(k => ServerText.CleanShort(k) ?? string.Empty));
        return $"LakeSailTemplateParameters({string.Join(", ", names)}; values hidden)";
    }

    private static void AddIfSet(List<string> names, string name, string? value)
    {
        if (value is not null)
        {
            names.Add(name);
        }
    }
}
