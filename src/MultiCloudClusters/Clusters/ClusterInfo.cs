using System.Collections.ObjectModel;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Clusters;

/// <summary>
/// The unified view of a cluster, plus the provider's own object in <see cref="Native"/> for anything
/// the unified view lacks. <see cref="ProviderResult.RequestId"/> is the id of the request that returned it
/// (<see cref="Native"/> carries the same).
/// </summary>
public sealed class ClusterInfo : ProviderResult
{
    private readonly string? _registration;

    /// <summary>The provider key, e.g. <c>oks</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>
    /// The registration the cluster was reached through, e.g. <c>oks-prod</c>
    /// (<c>AddOks("oks-prod", …)</c>); <see cref="Provider"/> when none was set.
    /// </summary>
    public string Registration
    {
        get => _registration ?? Provider;
        init => _registration = value;
    }

    /// <summary>The id to pass back to the provider's calls.</summary>
    public required string Id { get; init; }

    /// <summary>The cluster's name.</summary>
    public required string Name { get; init; }

    /// <summary>The unified status.</summary>
    public ClusterStatus Status { get; init; }

    /// <summary>The provider's own status text.</summary>
    public string? RawStatus { get; init; }

    /// <summary>The Kubernetes (or product) version.</summary>
    public string? Version { get; init; }

    /// <summary>The region or location.</summary>
    public string? Region { get; init; }

    /// <summary>When the cluster was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Tags or labels.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The provider's own model of the cluster (e.g. <c>MultiCloudClusters.Providers.Oks.OksCluster</c>).</summary>
    public object? Native { get; init; }

    /// <summary>The provider's own object as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The object is of another type.</exception>
    public T GetNative<T>() where T : class =>
        Native as T ?? throw new InvalidOperationException($"This {Provider} cluster carries a {Native?.GetType().Name ?? "null"}, not a {typeof(T).Name}.");

    /// <inheritdoc />
    private protected override ProviderResult? Carried => Native as ProviderResult;

    /// <inheritdoc />
    public override string ToString() => $"{Label(Registration, Provider)}:{Id} '{Name}' {Status} ({RawStatus ?? "no status"})";

    /// <summary><c>oks</c> for the default registration, <c>oks-prod (oks)</c> for a named one.</summary>
    internal static string Label(string registration, string provider) =>
        registration == provider ? provider : $"{registration} ({provider})";
}
