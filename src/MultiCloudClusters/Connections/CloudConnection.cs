using MultiCloudClusters.Http;

namespace MultiCloudClusters.Connections;

/// <summary>
/// A connection between the platform and a customer's cloud account. <see cref="ProviderResult.RequestId"/> is the id of
/// the request that returned it (<see cref="Native"/> carries the same).
/// </summary>
public sealed class CloudConnection : ProviderResult
{
    private readonly string? _registration;

    /// <summary>The platform provider key, e.g. <c>lakesail</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>
    /// The registration the connection was reached through, e.g. <c>lakesail-eu</c>
    /// (<c>AddLakeSail("lakesail-eu", …)</c>); <see cref="Provider"/> when none was set.
    /// </summary>
    public string Registration
    {
        get => _registration ?? Provider;
        init => _registration = value;
    }

    /// <summary>The connection id.</summary>
    public required string Id { get; init; }

    /// <summary>The connection's name.</summary>
    public required string Name { get; init; }

    /// <summary>The cloud it connects to (e.g. <c>aws</c>).</summary>
    public string? CloudProvider { get; init; }

    /// <summary>The account details.</summary>
    public CloudAccountConfig Account { get; init; } = new();

    /// <summary>The platform's status text (e.g. <c>pending</c>, <c>active</c>, <c>failed</c>; not a closed list).</summary>
    public string? Status { get; init; }

    /// <summary>A note on the status.</summary>
    public string? StatusMessage { get; init; }

    /// <summary>When the deployed template was last brought up to date.</summary>
    public DateTimeOffset? TemplateSyncedAt { get; init; }

    /// <summary>The outcome of the last template sync.</summary>
    public string? TemplateSyncMessage { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Background operations the platform listed with this connection (a list response's related operations).</summary>
    public IReadOnlyList<CloudOperation> Operations { get; init; } = [];

    /// <summary>The provider's own object, a hand-written model with every member the provider sent (LakeSail: <see cref="Providers.LakeSail.LakeSailConnection"/>).</summary>
    public object? Native { get; init; }

    /// <inheritdoc />
    private protected override ProviderResult? Carried => Native as ProviderResult;

    /// <inheritdoc />
    public override string ToString() => $"{Clusters.ClusterInfo.Label(Registration, Provider)}:{Id} '{Name}' {Status}";
}
