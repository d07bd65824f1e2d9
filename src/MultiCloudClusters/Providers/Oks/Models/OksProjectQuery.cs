namespace MultiCloudClusters.Providers.Oks;

/// <summary>Narrows an OKS project list (<see cref="OksClusterProvider.ListProjectsAsync"/>); members left null do not filter.</summary>
public sealed class OksProjectQuery
{
    /// <summary>Only projects with this name.</summary>
    public string? Name { get; set; }

    /// <summary>Only projects in this status, e.g. <c>ready</c> or <c>failed</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Only projects whose Net uses this CIDR block.</summary>
    public string? Cidr { get; set; }

    /// <summary>When true, deleted projects are listed too.</summary>
    public bool? IncludeDeleted { get; set; }

    /// <summary>Items per page requested from the server, 1 to 100; null for the server's default.</summary>
    public int? PageSize { get; set; }
}
