using System.Collections.ObjectModel;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Connections;

/// <summary>
/// The infrastructure template a connection needs deployed in the cloud account (AWS: a CloudFormation
/// stack), where to get it and the parameter values to deploy it with.
/// </summary>
public sealed class ConnectionTemplate : ProviderResult
{
    /// <summary>The connection the template belongs to.</summary>
    public required string ConnectionId { get; init; }

    /// <summary>Where the template lives.</summary>
    public Uri? TemplateUrl { get; init; }

    /// <summary>A console link that opens the stack creation with everything filled in.</summary>
    public Uri? QuickLaunchUrl { get; init; }

    /// <summary>Where to download the template with the parameter defaults filled in.</summary>
    public Uri? DownloadUrl { get; init; }

    /// <summary>The stack parameters to deploy with, by name (e.g. <c>ConnectionId</c>, <c>ExternalId</c>).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The provider's own object, a hand-written model with every member the provider sent (LakeSail: <see cref="Providers.LakeSail.LakeSailConnectionTemplate"/>).</summary>
    public object? Native { get; init; }

    /// <inheritdoc />
    private protected override ProviderResult? Carried => Native as ProviderResult;

    /// <inheritdoc />
    /// <remarks>URLs and parameter values are left out: template links may be pre-signed.</remarks>
    public override string ToString() => $"ConnectionTemplate({ConnectionId}, parameters: {string.Join(", ", Parameters.Keys)})";
}
