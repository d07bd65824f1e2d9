namespace MultiCloudClusters.Paging;

/// <summary>A server's paging went wrong (a repeated token, a bad continuation token).</summary>
public sealed class PagingException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public PagingException(string style, string message)
        : base(message)
    {
        Style = style;
    }

    /// <summary>The paging style: cursor, marker, next token or page number.</summary>
    public string Style { get; }
}
