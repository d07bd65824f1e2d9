namespace MultiCloudClusters.Paging;

/// <summary>
/// A server's paging went wrong: a repeated token, a bad continuation token, or a listing that made no
/// progress or would not end (see <see cref="PagingLimits"/>). The message starts with the provider.
/// </summary>
public sealed class PagingException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">The provider key, e.g. <c>oks</c>.</param>
    /// <param name="style">The paging style: cursor, marker, next token, page number or single page.</param>
    /// <param name="message">What went wrong; the provider is put in front of it.</param>
    public PagingException(string provider, string style, string message)
        : base($"{provider}: {message}")
    {
        Provider = provider;
        Style = style;
    }

    /// <summary>The provider key, e.g. <c>oks</c>.</summary>
    public string Provider { get; }

    /// <summary>The paging style: cursor, marker, next token, page number or single page.</summary>
    public string Style { get; }
}
