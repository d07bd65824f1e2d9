namespace MultiCloudClusters.Paging;

/// <summary>The token-paging styles: the server hands out an opaque token for the next page, and only its name differs.</summary>
internal enum TokenStyle
{
    /// <summary>OUTSCALE OKS: <c>cursor</c> in, <c>Pagination.cursor.next_cursor</c> out.</summary>
    Cursor,

    /// <summary>LakeSail: <c>marker</c> in, <c>marker</c> out (absent on the last page).</summary>
    Marker,

    /// <summary>Amazon EKS: <c>nextToken</c> in and out.</summary>
    NextToken,
}
