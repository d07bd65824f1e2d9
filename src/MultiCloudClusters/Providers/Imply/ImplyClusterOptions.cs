using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Imply-specific settings of a cluster create or update: the cluster spec (tiers, Pivot, deep storage,
/// metadata store, feature flags, runtime properties, custom files …) and the <c>dryRun</c>, <c>force</c> and
/// <c>pretty</c> switches.
/// </summary>
/// <remarks>
/// On create, <see cref="Spec"/> is the whole spec (the request's <c>Name</c>, <c>Version</c> and <c>Tags</c>
/// fill <c>metadata.name</c>, <c>spec.version</c> and <c>spec.awsTags</c>). On update it is a JSON merge patch
/// (RFC 7386): only the members set here are sent, nested objects merge member by member, lists replace the
/// stored list, and <see cref="ClearMembers"/> sends explicit nulls that delete stored members.
/// </remarks>
public sealed class ImplyClusterOptions : ProviderClusterOptions
{
    /// <inheritdoc />
    public override string Provider => ImplyClusterProvider.ProviderName;

    /// <summary>The spec to create with, or the spec members to change on update (members left null are not sent).</summary>
    public ImplyClusterSpec? Spec { get; init; }

    /// <summary>
    /// Update only: spec members to delete, as dotted paths below <c>spec</c> (e.g. <c>deepStorage.encrypt</c>,
    /// <c>featureFlags</c>, <c>data.tier2</c>); each is sent as <c>null</c>. A member cannot be set and cleared at once.
    /// </summary>
    public IReadOnlyList<string>? ClearMembers { get; init; }

    /// <summary>Only validate on the server (<c>dryRun=true</c>): the answer shows the cluster as it would be; nothing changes.</summary>
    public bool DryRun { get; init; }

    /// <summary>Allow hard (non-rolling) updates and prefer them when both kinds are possible (<c>force=true</c>; update only).</summary>
    public bool Force { get; init; }

    /// <summary>Ask the server to indent its JSON answer (<c>pretty=true</c>); the result is the same either way.</summary>
    public bool Pretty { get; init; }
}
