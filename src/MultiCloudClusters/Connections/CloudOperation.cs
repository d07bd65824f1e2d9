namespace MultiCloudClusters.Connections;

/// <summary>Work the platform does in the background; poll it until <see cref="IsCompleted"/>.</summary>
public sealed class CloudOperation
{
    /// <summary>The operation id.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of work it is.</summary>
    public string? Kind { get; init; }

    /// <summary>The platform's status text.</summary>
    public string? Status { get; init; }

    /// <summary>Whether the operation has finished (succeeded or failed).</summary>
    public bool IsCompleted { get; init; }

    /// <summary>The failure, when it failed.</summary>
    public Errors.CloudError? Error { get; init; }

    /// <summary>The resource the operation works on.</summary>
    public string? ResourceId { get; init; }

    /// <summary>The provider's own object (result and progress included).</summary>
    public object? Native { get; init; }
}
