using System.Security.Cryptography;
using Sodium;

namespace MultiCloudClusters.Security;

/// <summary>
/// Opens libsodium sealed boxes (<c>crypto_box_seal</c>): a 32-byte ephemeral public key followed by an
/// XSalsa20-Poly1305 box (16-byte tag + message). OKS seals kubeconfigs (and EIM user secrets) this way.
/// </summary>
public static class NaclSealedBox
{
    /// <summary>The smallest possible box: ephemeral key plus tag, for an empty message.</summary>
    public const int Overhead = 32 + 16;

    /// <summary>Opens a Base64 (standard, padded) sealed box with the recipient's 32-byte private key.</summary>
    /// <exception cref="KubeconfigDecryptionException">Bad Base64, a wrong-length key, a truncated or tampered box, or the wrong key.</exception>
    public static byte[] Open(string ciphertextBase64, ReadOnlySpan<byte> privateKey) =>
        Open(Decode(ciphertextBase64), privateKey, publicKey: null);

    /// <summary>The raw box of its Base64 text, or the typed exception.</summary>
    internal static byte[] Decode(string ciphertextBase64)
    {
        if (string.IsNullOrWhiteSpace(ciphertextBase64))
        {
            throw new KubeconfigDecryptionException("The sealed box is empty.");
        }

        try
        {
            return Convert.FromBase64String(ciphertextBase64.Trim());
        }
        catch (FormatException)
        {
            throw new KubeconfigDecryptionException("The sealed box is not valid Base64.");
        }
    }

    /// <summary>Opens a raw sealed box with the recipient's 32-byte private key.</summary>
    /// <exception cref="KubeconfigDecryptionException">A wrong-length key, a truncated or tampered box, or the wrong key.</exception>
    public static byte[] Open(ReadOnlySpan<byte> box, ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != NaclKeyPair.KeyLength)
        {
            throw new KubeconfigDecryptionException($"The private key must be {NaclKeyPair.KeyLength} bytes long (got {privateKey.Length}).");
        }

        if (box.Length < Overhead)
        {
            throw new KubeconfigDecryptionException($"The sealed box is truncated: {box.Length} bytes, at least {Overhead} needed.");
        }

        return Open(box.ToArray(), privateKey, publicKey: null);
    }

    /// <summary>
    /// Opens a sealed box (an array of its own, handed to libsodium as it is: a kubeconfig's box is tens of KB, not
    /// copied again) whose recipient public key may be known already (saves one X25519 scalar multiplication).
    /// </summary>
    internal static byte[] Open(byte[] box, ReadOnlySpan<byte> privateKey, byte[]? publicKey)
    {
        if (privateKey.Length != NaclKeyPair.KeyLength)
        {
            throw new KubeconfigDecryptionException($"The private key must be {NaclKeyPair.KeyLength} bytes long (got {privateKey.Length}).");
        }

        if (box.Length < Overhead)
        {
            throw new KubeconfigDecryptionException($"The sealed box is truncated: {box.Length} bytes, at least {Overhead} needed.");
        }

        var secret = privateKey.ToArray();
        try
        {
            publicKey ??= ScalarMult.Base(secret);
            return SealedPublicKeyBox.Open(box, secret, publicKey);
        }
        catch (CryptographicException)
        {
            throw new KubeconfigDecryptionException("The sealed box could not be opened: it was tampered with, truncated, or sealed for another key.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
