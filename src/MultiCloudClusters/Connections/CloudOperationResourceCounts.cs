namespace MultiCloudClusters.Connections;

/// <summary>How many of the resources an operation touches are in each state.</summary>
public sealed record CloudOperationResourceCounts
{
    /// <summary>All resources.</summary>
    public int Total { get; init; }

    /// <summary>Not started yet.</summary>
    public int Pending { get; init; }

    /// <summary>In progress.</summary>
    public int Running { get; init; }

    /// <summary>Done.</summary>
    public int Succeeded { get; init; }

    /// <summary>Failed.</summary>
    public int Failed { get; init; }

    /// <summary>Left as they were.</summary>
    public int Unchanged { get; init; }
}
