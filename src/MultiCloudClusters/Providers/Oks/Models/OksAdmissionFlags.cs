using System.Collections.ObjectModel;
using System.Text.Json;

namespace MultiCloudClusters.Providers.Oks;

/// <summary>Admission plugin settings of an OKS cluster (or of the cluster template).</summary>
public sealed class OksAdmissionFlags
{
    /// <summary>Plugins turned on beyond the defaults (empty when none).</summary>
    public IReadOnlyList<string> EnableAdmissionPlugins { get; init; } = [];

    /// <summary>Default plugins turned off (empty when none).</summary>
    public IReadOnlyList<string> DisableAdmissionPlugins { get; init; } = [];

    /// <summary>The plugins actually active (empty when none or not known).</summary>
    public IReadOnlyList<string> AppliedAdmissionPlugins { get; init; } = [];

    /// <summary>Members the API sent that this version does not know, as JSON (empty when none).</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;
}
