using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Connections;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Providers.LakeSail;

/// <summary>
/// Where a connection's CloudFormation template lives and the parameters to deploy it with, as the platform sends
/// them: the <c>Native</c> of a <see cref="ConnectionTemplate"/>. <see cref="ToString"/> shows no URL (they may be
/// pre-signed) and no parameter value.
/// </summary>
public sealed class LakeSailConnectionTemplate : ProviderResult
{
    /// <summary>The URL of the template.</summary>
    public string? TemplateUrl { get; init; }

    /// <summary>The console link that opens the stack creation.</summary>
    public string? QuickLaunchUrl { get; init; }

    /// <summary>The URL of the template with the defaults filled in.</summary>
    public string? DownloadUrl { get; init; }

    /// <summary>The stack parameter values.</summary>
    public LakeSailTemplateParameters? Parameters { get; init; }

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"LakeSailConnectionTemplate(urls hidden, {Parameters?.ToString() ?? "no parameters"})";
}
