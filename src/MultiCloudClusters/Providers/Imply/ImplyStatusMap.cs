using MultiCloudClusters.Clusters;

namespace MultiCloudClusters.Providers.Imply;

/// <summary>
/// Imply cluster states in unified terms. The state comes from <c>status.state</c>; the wanted state
/// <c>spec.desiredState</c> (<c>STARTED</c> or <c>STOPPED</c>) refines it while the two disagree.
/// </summary>
/// <remarks>
/// <para>Raw <c>status.state</c> values mapped, compared case-insensitively:</para>
/// <list type="bullet">
/// <item><c>STARTING</c>, <c>RUNNING</c>, <c>UPDATING</c>, <c>STOPPING</c>, <c>STOPPED</c>: the states our spec
/// names (from the public docs and the seed); mapped to Provisioning, Running, Updating, Stopping, Stopped.
/// A start brings machines up, hence Provisioning (the unified model has no "starting").</item>
/// <item><c>PENDING</c> → Pending, <c>CREATING</c>/<c>PROVISIONING</c> → Provisioning, <c>UPGRADING</c>/<c>RESTARTING</c>
/// → Updating, <c>TERMINATING</c>/<c>DELETING</c> → Deleting, <c>TERMINATED</c>/<c>DELETED</c> → Deleted,
/// <c>FAILED</c>/<c>ERROR</c> → Failed: the words Imply Cloud Manager shows for these lifecycle steps; the API
/// list is open, so these are mapped by meaning rather than confirmed on the wire.</item>
/// <item>Anything else, or no state at all (e.g. a dry run answer), is Unknown: a state we cannot read
/// must not pass for one we can.</item>
/// </list>
/// <para>Refinement by <c>spec.desiredState</c>: a Running cluster whose desired state is <c>STOPPED</c> has
/// been asked to stop and is reported Stopping; a Stopped cluster whose desired state is <c>STARTED</c> has
/// been asked to start and is reported Provisioning. Any other desired state leaves the mapping alone.</para>
/// </remarks>
internal static class ImplyStatusMap
{
    /// <summary>The wanted state that asks a cluster to run.</summary>
    public const string Started = "STARTED";

    /// <summary>The wanted state that asks a cluster to stop.</summary>
    public const string Stopped = "STOPPED";

    /// <summary>Every raw <c>status.state</c> value with its unified status.</summary>
    public static IReadOnlyDictionary<string, ClusterStatus> Known { get; } = new Dictionary<string, ClusterStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["PENDING"] = ClusterStatus.Pending,
        ["CREATING"] = ClusterStatus.Provisioning,
        ["PROVISIONING"] = ClusterStatus.Provisioning,
        ["STARTING"] = ClusterStatus.Provisioning,
        ["RUNNING"] = ClusterStatus.Running,
        ["UPDATING"] = ClusterStatus.Updating,
        ["UPGRADING"] = ClusterStatus.Updating,
        ["RESTARTING"] = ClusterStatus.Updating,
        ["STOPPING"] = ClusterStatus.Stopping,
        ["STOPPED"] = ClusterStatus.Stopped,
        ["TERMINATING"] = ClusterStatus.Deleting,
        ["DELETING"] = ClusterStatus.Deleting,
        ["TERMINATED"] = ClusterStatus.Deleted,
        ["DELETED"] = ClusterStatus.Deleted,
        ["FAILED"] = ClusterStatus.Failed,
        ["ERROR"] = ClusterStatus.Failed,
    };

    /// <summary>Maps a raw state, refined by the desired state; unknown or missing states give <see cref="ClusterStatus.Unknown"/>.</summary>
    public static ClusterStatus Map(string? state, string? desiredState = null)
    {
        var status = state is not null && Known.TryGetValue(state.Trim(), out var known) ? known : ClusterStatus.Unknown;
        var desired = desiredState?.Trim();
        return status switch
        {
            ClusterStatus.Running when string.Equals(desired, Stopped, StringComparison.OrdinalIgnoreCase) => ClusterStatus.Stopping,
            ClusterStatus.Stopped when string.Equals(desired, Started, StringComparison.OrdinalIgnoreCase) => ClusterStatus.Provisioning,
            _ => status,
        };
    }
}
