namespace MultiCloudClusters.Clusters;

/// <summary>
/// What a provider can do. Each provider declares it (<see cref="ClusterProviderBase.Capabilities"/>): the
/// operations it overrides. The test suite checks every provider's declaration against the members it overrides,
/// so the two cannot drift apart; nothing is worked out by reflection at run time.
/// </summary>
public sealed class ClusterCapabilities
{
    /// <summary>Creates the capabilities from a set of operations.</summary>
    public ClusterCapabilities(ClusterOperations operations) => Operations = operations;

    /// <summary>Every supported operation.</summary>
    public ClusterOperations Operations { get; }

    /// <summary>Whether <paramref name="operation"/> (one or more flags) is supported.</summary>
    public bool Supports(ClusterOperations operation) => operation != ClusterOperations.None && (Operations & operation) == operation;

    /// <inheritdoc />
    public override string ToString() => Operations.ToString();
}
