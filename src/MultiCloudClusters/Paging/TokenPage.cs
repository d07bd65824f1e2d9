namespace MultiCloudClusters.Paging;

/// <summary>What a token-style fetch returns: the items and the server's token for the next page (null when done).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
/// <param name="NextToken">The next page's cursor, marker or next token.</param>
internal sealed record TokenPage<T>(IReadOnlyList<T> Items, string? NextToken);
