namespace MultiCloudClusters.Clusters;

/// <summary>
/// What a provider can do. Derived from the provider's code (which members of
/// <see cref="ClusterProviderBase"/> it implements), so it cannot drift from what is implemented.
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
