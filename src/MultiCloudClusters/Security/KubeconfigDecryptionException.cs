namespace MultiCloudClusters.Security;

/// <summary>
/// A sealed box (an encrypted kubeconfig or other sealed secret) could not be opened: bad Base64,
/// a wrong-length key, a truncated or tampered box, or the wrong key. The message never holds key material.
/// </summary>
public sealed class KubeconfigDecryptionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KubeconfigDecryptionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
