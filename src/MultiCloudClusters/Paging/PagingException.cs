using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Paging;

/// <summary>
/// A server's paging went wrong: a repeated token (<see cref="CloudErrorCodes.PagingLoop"/>), a listing that made
/// no progress (<see cref="CloudErrorCodes.PagingNoProgress"/>) or would not end (<see cref="CloudErrorCodes.PagingLimit"/>),
/// or a continuation token the list cannot resume from (<see cref="CloudErrorCodes.InvalidContinuationToken"/>).
/// A <see cref="CloudApiException"/> with status 0 that is not retryable: the same listing would fail the same way.
/// The message starts with the provider.
/// </summary>
public sealed class PagingException : CloudApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="provider">The provider key, e.g. <c>oks</c>.</param>
    /// <param name="style">The paging style: cursor, marker, next token, page number or single page.</param>
    /// <param name="code">What went wrong, one of the paging codes of <see cref="CloudErrorCodes"/>.</param>
    /// <param name="message">What went wrong, in words; the provider is put in front of it.</param>
    public PagingException(string provider, string style, string code, string message)
        : base(ErrorOf(provider, code, message), $"{provider}: {message}", innerException: null)
    {
        Style = style;
    }

    /// <summary>Creates the exception for a continuation token the list cannot resume from.</summary>
    /// <param name="provider">The provider key, e.g. <c>oks</c>.</param>
    /// <param name="style">The paging style: cursor, marker, next token, page number or single page.</param>
    /// <param name="message">What went wrong, in words; the provider is put in front of it.</param>
    public PagingException(string provider, string style, string message)
        : this(provider, style, CloudErrorCodes.InvalidContinuationToken, message)
    {
    }

    /// <summary>The paging style: cursor, marker, next token, page number or single page.</summary>
    public string Style { get; }

    private static CloudError ErrorOf(string provider, string code, string message) => new()
    {
        Provider = provider,
        ErrorCode = code,
        Message = message,
        RetryableHint = false,
    };
}
