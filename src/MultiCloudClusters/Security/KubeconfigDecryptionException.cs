using MultiCloudClusters.Errors;

namespace MultiCloudClusters.Security;

/// <summary>
/// A sealed box (an encrypted kubeconfig or other sealed secret) could not be opened: bad Base64,
/// a wrong-length key, a truncated or tampered box, or the wrong key. A <see cref="CloudApiException"/> with code
/// <see cref="CloudErrorCodes.DecryptionFailed"/> and status 0, not retryable. The message never holds key material.
/// </summary>
public sealed class KubeconfigDecryptionException : CloudApiException
{
    // The provider named when none is given: OKS is the provider that seals kubeconfigs and EIM user secrets.
    private const string DefaultProvider = "oks";

    /// <summary>Creates the exception for an OKS box (OKS is the provider that seals kubeconfigs and EIM user secrets).</summary>
    /// <param name="message">What was wrong with the box; never key material.</param>
    /// <param name="innerException">The cause, if any.</param>
    public KubeconfigDecryptionException(string message, Exception? innerException = null)
        : this(DefaultProvider, message, innerException)
    {
    }

    /// <summary>Creates the exception for a box of <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider key whose box it was.</param>
    /// <param name="message">What was wrong with the box; never key material.</param>
    /// <param name="innerException">The cause, if any.</param>
    public KubeconfigDecryptionException(string provider, string message, Exception? innerException)
        : base(new CloudError { Provider = provider, ErrorCode = CloudErrorCodes.DecryptionFailed, Message = message, RetryableHint = false }, message, innerException)
    {
    }
}
