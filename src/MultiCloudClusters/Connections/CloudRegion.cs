using MultiCloudClusters.Http;

namespace MultiCloudClusters.Connections;

/// <summary>A region reachable through a connection.</summary>
public sealed class CloudRegion : ProviderResult
{
    /// <summary>The region code, e.g. <c>us-east-1</c>.</summary>
    public required string Code { get; init; }

    /// <summary>A human-readable name.</summary>
    public string? Name { get; init; }

    /// <summary>A grouping label (e.g. a geography).</summary>
    public string? Group { get; init; }

    /// <summary>The cloud it belongs to (e.g. <c>aws</c>).</summary>
    public string? CloudProvider { get; init; }

    /// <summary>The provider's own object, a hand-written model with every member the provider sent (LakeSail: <see cref="Providers.LakeSail.LakeSailRegion"/>).</summary>
    public object? Native { get; init; }

    /// <inheritdoc />
    private protected override ProviderResult? Carried => Native as ProviderResult;

    /// <inheritdoc />
    public override string ToString() => Name is null ? Code : $"{Code} ({Name})";
}
