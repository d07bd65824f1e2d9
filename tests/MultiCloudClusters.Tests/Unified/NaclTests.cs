using System.Reflection;
using System.Text;
using MultiCloudClusters.Clusters;
using MultiCloudClusters.Security;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>
/// The sealed-box opener and key pair on their own, against boxes made here with libsodium
/// (<c>Sodium.SealedPublicKeyBox.Create</c>): the happy path and every way a box can be wrong.
/// </summary>
public sealed class NaclTests
{
    private static readonly byte[] Message = Encoding.UTF8.GetBytes("apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    token: kube-token-0123456789\n");

    private static byte[] Seal(byte[] message, ReadOnlyMemory<byte> publicKey) => Sodium.SealedPublicKeyBox.Create(message, publicKey.ToArray());

    private static byte[] PrivateKeyOf(NaclKeyPair keys) =>
        (byte[])typeof(NaclKeyPair).GetField("_privateKey", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(keys)!;

    [Fact]
    public void GeneratedKeyPair_OpensABoxSealedForItsPublicKey()
    {
        using var keys = NaclKeyPair.Generate();
        var box = Convert.ToBase64String(Seal(Message, keys.PublicKey));

        Assert.Equal(Message, keys.Open(box));
    }

    [Fact]
    public void SealedBoxOpen_WithTheSdkPrivateKey_GivesTheSameBytes()
    {
        using var keys = NaclKeyPair.Generate();
        var box = Convert.ToBase64String(Seal(Message, keys.PublicKey));

        Assert.Equal(Message, NaclSealedBox.Open(box, PrivateKeyOf(keys)));
    }

    [Fact]
    public void SealedBoxOpen_WorksWithALibsodiumKeyPair()
    {
        var keys = Sodium.PublicKeyBox.GenerateKeyPair();
        var box = Sodium.SealedPublicKeyBox.Create(Message, keys.PublicKey);

        Assert.Equal(Message, NaclSealedBox.Open(Convert.ToBase64String(box), keys.PrivateKey));
        Assert.Equal(Message, NaclSealedBox.Open(box, keys.PrivateKey));
    }

    [Fact]
    public void PublicKey_Is32Bytes_And44Base64Chars_AndFreshEachTime()
    {
        using var first = NaclKeyPair.Generate();
        using var second = NaclKeyPair.Generate();

        Assert.Equal(32, first.PublicKey.Length);
        Assert.Equal(44, first.PublicKeyBase64.Length);
        Assert.Equal(first.PublicKey.ToArray(), Convert.FromBase64String(first.PublicKeyBase64));
        Assert.NotEqual(first.PublicKeyBase64, second.PublicKeyBase64);
    }

    [Fact]
    public void TamperedBox_IsRefused()
    {
        using var keys = NaclKeyPair.Generate();
        var box = Seal(Message, keys.PublicKey);
        box[^1] ^= 0x01;

        var ex = Assert.Throws<KubeconfigDecryptionException>(() => keys.Open(Convert.ToBase64String(box)));

        Assert.Contains("tampered", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TamperedEphemeralKey_IsRefused()
    {
        using var keys = NaclKeyPair.Generate();
        var box = Seal(Message, keys.PublicKey);
        box[0] ^= 0x80;

        Assert.Throws<KubeconfigDecryptionException>(() => keys.Open(Convert.ToBase64String(box)));
    }

    [Fact]
    public void BoxForAnotherKey_IsRefused()
    {
        using var keys = NaclKeyPair.Generate();
        using var other = NaclKeyPair.Generate();
        var box = Convert.ToBase64String(Seal(Message, other.PublicKey));

        Assert.Throws<KubeconfigDecryptionException>(() => keys.Open(box));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(64)]
    public void PrivateKeyOfTheWrongLength_IsRefused(int length)
    {
        using var keys = NaclKeyPair.Generate();
        var box = Convert.ToBase64String(Seal(Message, keys.PublicKey));

        var ex = Assert.Throws<KubeconfigDecryptionException>(() => NaclSealedBox.Open(box, new byte[length]));

        Assert.Contains("32 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("QUJD=")]
    [InlineData("====")]
    public void BadBase64_IsRefused(string text)
    {
        using var keys = NaclKeyPair.Generate();

        var ex = Assert.Throws<KubeconfigDecryptionException>(() => keys.Open(text));

        Assert.Contains("Base64", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyBox_IsRefused(string text)
    {
        using var keys = NaclKeyPair.Generate();

        Assert.Throws<KubeconfigDecryptionException>(() => keys.Open(text));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(47)]
    public void TruncatedBelowTheOverhead_IsRefused(int length)
    {
        using var keys = NaclKeyPair.Generate();
        var box = Seal(Message, keys.PublicKey)[..length];

        var ex = Assert.Throws<KubeconfigDecryptionException>(() => keys.Open(Convert.ToBase64String(box)));

        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedMessagePart_IsRefused()
    {
        using var keys = NaclKeyPair.Generate();
        var box = Seal(Message, keys.PublicKey);

        Assert.Throws<KubeconfigDecryptionException>(() => keys.Open(Convert.ToBase64String(box[..^5])));
    }

    [Fact]
    public void EmptyMessage_RoundTrips()
    {
        using var keys = NaclKeyPair.Generate();
        var box = Convert.ToBase64String(Seal([], keys.PublicKey));

        Assert.Empty(keys.Open(box));
    }

    [Fact]
    public void Dispose_WipesThePrivateKey_AndRefusesFurtherUse()
    {
        var keys = NaclKeyPair.Generate();
        var privateKey = PrivateKeyOf(keys);
        var box = Convert.ToBase64String(Seal(Message, keys.PublicKey));

        keys.Dispose();

        Assert.All(privateKey, b => Assert.Equal(0, b));
        Assert.Throws<ObjectDisposedException>(() => keys.Open(box));
    }

    [Fact]
    public void KeyPair_ToString_ShowsThePublicKey_HidesThePrivateKey()
    {
        using var keys = NaclKeyPair.Generate();
        var privateKey = PrivateKeyOf(keys);

        var text = keys.ToString();

        Assert.Contains(keys.PublicKeyBase64, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(privateKey), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(privateKey), text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("hidden", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exceptions_NeverCarryTheKeyOrThePlaintext()
    {
        using var keys = NaclKeyPair.Generate();
        var privateKey = PrivateKeyOf(keys);
        var box = Seal(Message, keys.PublicKey);
        box[^1] ^= 0x01;

        var ex = Assert.Throws<KubeconfigDecryptionException>(() => keys.Open(Convert.ToBase64String(box)));

        var text = ex.ToString();
        Assert.DoesNotContain(Convert.ToBase64String(privateKey), text, StringComparison.Ordinal);
        Assert.DoesNotContain("kube-token-0123456789", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubeconfig_ToString_HidesItsContents()
    {
        var kubeconfig = new Kubeconfig("c-1", Encoding.UTF8.GetString(Message), wasEncryptedInTransit: true);

        var text = kubeconfig.ToString();

        Assert.Contains("c-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kube-token-0123456789", text, StringComparison.Ordinal);
        Assert.DoesNotContain("apiVersion", text, StringComparison.Ordinal);
    }
}
