using System.Security.Cryptography;
using Sodium;

namespace MultiCloudClusters.Security;

/// <summary>
/// A one-time X25519 key pair for a sealed box. The private key never leaves this object and is wiped
/// on <see cref="Dispose"/>; make a new pair for every request.
/// </summary>
public sealed class NaclKeyPair : IDisposable
{
    /// <summary>Key length in bytes (both keys).</summary>
    public const int KeyLength = 32;

    private readonly byte[] _privateKey;
    private readonly byte[] _publicKey;
    private bool _disposed;

    private NaclKeyPair(byte[] privateKey, byte[] publicKey)
    {
        _privateKey = privateKey;
        _publicKey = publicKey;
        PublicKey = publicKey;
    }

    /// <summary>The public key.</summary>
    public ReadOnlyMemory<byte> PublicKey { get; }

    /// <summary>The public key as padded standard Base64 (44 characters), as OKS's <c>x-encrypt-nacl</c> header wants.</summary>
    public string PublicKeyBase64 => Convert.ToBase64String(PublicKey.Span);

    /// <summary>Makes a fresh pair from the operating system's random source.</summary>
    public static NaclKeyPair Generate()
    {
        var privateKey = RandomNumberGenerator.GetBytes(KeyLength);
        return new NaclKeyPair(privateKey, ScalarMult.Base(privateKey));
    }

    /// <summary>Opens a sealed box made for this pair's public key.</summary>
    /// <exception cref="KubeconfigDecryptionException">The box is malformed, tampered with, or for another key.</exception>
    public byte[] Open(string ciphertextBase64)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var box = NaclSealedBox.Decode(ciphertextBase64);

        // The public key is known here: no need to derive it again from the private key.
        return NaclSealedBox.Open(box, _privateKey, _publicKey);
    }

    /// <summary>Wipes the private key.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            CryptographicOperations.ZeroMemory(_privateKey);
            _disposed = true;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"NaclKeyPair (public {PublicKeyBase64}, private key hidden)";
}
