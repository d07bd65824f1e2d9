namespace MultiCloudClusters.Paging;

/// <summary>What a page fetcher is asked for: the token of the page (null for the first) and a size hint.</summary>
/// <param name="ContinuationToken">The page's token, as the previous page gave it; null for the first page.</param>
/// <param name="PageSize">The caller's page size, or null for the provider's default.</param>
internal readonly record struct PageRequest(string? ContinuationToken, int? PageSize);
