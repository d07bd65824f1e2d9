using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// What the kubeconfig and EIM user answers share: the caller's X25519 key in <c>x-encrypt-nacl</c> (the answer
/// is then a libsodium sealed box for it) and the <c>ttl</c> query (<c>5h</c>, <c>1d</c>, <c>1w</c>).
/// </summary>
internal static partial class OksSealing
{
    public const string KeyHeader = "x-encrypt-nacl";

    [GeneratedRegex("^([1-9][0-9]{0,3})([hdw])$")]
    private static partial Regex TtlPattern();

    /// <summary>The key the caller sent, <see langword="null"/> when it sent none; a malformed key is <paramref name="refusal"/> (422).</summary>
    public static byte[]? ReadKey(HttpRequest request, out EmuResult? refusal)
    {
        refusal = null;
        var header = request.Headers[KeyHeader].ToString();
        if (header.Length == 0) return null;
        if (DecodeKey(header) is { } key) return key;
        refusal = OksDialect.Validation(KeyHeader, $"{KeyHeader} must be the padded Base64 of a 32-byte X25519 public key.", "header");
        return null;
    }

    public static string Seal(string text, byte[] publicKey) =>
        Convert.ToBase64String(Sodium.SealedPublicKeyBox.Create(Encoding.UTF8.GetBytes(text), publicKey));

    /// <summary>How long the <c>ttl</c> query asks for, <paramref name="fallback"/> without one; a malformed one is <paramref name="refusal"/> (422).</summary>
    public static TimeSpan Ttl(HttpRequest request, TimeSpan fallback, out EmuResult? refusal)
    {
        refusal = null;
        var text = request.Query["ttl"].ToString();
        if (text.Length == 0) return fallback;
        var match = TtlPattern().Match(text);
        if (!match.Success)
        {
            refusal = OksDialect.Validation("ttl", "ttl must be a number of hours, days or weeks, for example 5h, 1d or 1w.", "query");
            return fallback;
        }

        var count = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "h" => TimeSpan.FromHours(count), "d" => TimeSpan.FromDays(count), _ => TimeSpan.FromDays(7 * count) };
    }

    private static byte[]? DecodeKey(string header)
    {
        if (header.Length != 44 || !header.EndsWith('=')) return null;
        try
        {
            var key = Convert.FromBase64String(header);
            return key.Length == 32 ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
