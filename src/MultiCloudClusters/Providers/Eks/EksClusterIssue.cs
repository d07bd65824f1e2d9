using System.Collections.ObjectModel;
using System.Text.Json;
using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Providers.Eks;

/// <summary>One health problem of an EKS cluster.</summary>
public sealed class EksClusterIssue
{
    /// <summary>The kind of problem, e.g. <c>ClusterUnreachable</c>, <c>AccessDenied</c> (not a closed list).</summary>
    public string? Code { get; init; }

    /// <summary>The provider's description of the problem.</summary>
    public string? Message { get; init; }

    /// <summary>The resources involved (empty when none were named).</summary>
    public IReadOnlyList<string> ResourceIds { get; init; } = [];

    /// <summary>Members this model does not know, as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"EksClusterIssue({ServerText.CleanShort(Code)})";
}
