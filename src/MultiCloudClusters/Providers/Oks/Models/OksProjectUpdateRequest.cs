namespace MultiCloudClusters.Providers.Oks;

/// <summary>A change to an OKS project (<see cref="OksClusterProvider.UpdateProjectAsync"/>): members left null stay as they are.</summary>
public sealed class OksProjectUpdateRequest
{
    /// <summary>New free text (older API versions).</summary>
    public string? Description { get; set; }

    /// <summary>The new tags (replacing the old set).</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; set; }

    /// <summary>The new special behaviours.</summary>
    public IReadOnlyList<string>? Quirks { get; set; }

    /// <summary>Turns deletion protection on or off.</summary>
    public bool? DisableApiTermination { get; set; }
}
