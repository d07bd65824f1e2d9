using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// OKS JWT sign-in: a login with the account's login and password (Basic) is answered with an access and a refresh token in the
/// <c>Access-Token</c> / <c>Refresh-Token</c> response headers; the pair is then accepted in the
/// <c>AccessToken</c> / <c>RefreshToken</c> request headers. Once the access token has expired, a request
/// that still holds a valid refresh token is served and answered with a new pair (rotation). The pair it
/// replaced stays usable until the new one is first seen (an answer that never arrived does not lock the
/// caller out), and is refused from then on. Tokens are HS256 JWTs signed with a key of this emulator.
/// </summary>
internal sealed class OksTokens(EmulatorContext emu)
{
    /// <summary>How long an access token is good for.</summary>
    public static readonly TimeSpan AccessLifetime = TimeSpan.FromMinutes(15);

    /// <summary>How long a refresh token is good for.</summary>
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(1);

    /// <summary>The error message OUTSCALE's own CLI looks for to drop its tokens and sign in again.</summary>
    public const string InvalidMessage = "Unauthorized: Invalid JWT.";

    private static readonly string Header = Encode(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    private readonly Dictionary<string, Generation> rotated = [];

    /// <summary>A new pair for a fresh sign-in of <paramref name="subject"/>.</summary>
    public (string Access, string Refresh) SignIn(string subject) => Pair(subject, Guid.NewGuid().ToString("N"), 0);

    /// <summary>
    /// Checks a pair sent in the request headers: <see langword="null"/> when it is refused, else the pair the
    /// answer must hand out (<see cref="Outcome.Rotated"/>) or none (the access token is still good).
    /// </summary>
    public Outcome? Check(string access, string refresh)
    {
        if (Read(access) is not { Type: "access" } a || Read(refresh) is not { Type: "refresh" } r || a.Session != r.Session || a.Generation != r.Generation)
        {
            return null;
        }

        var now = emu.Now;
        lock (rotated)
        {
            var state = rotated.GetValueOrDefault(a.Session);
            var current = state?.Number ?? 0;
            var usable = a.Generation == current || (a.Generation == current - 1 && state is { Seen: false });
            if (!usable) return null;
            if (a.Generation == current && state is not null) state.Seen = true;
            if (now < a.Expires) return new Outcome(null);
            if (now >= r.Expires) return null;
            rotated[a.Session] = new Generation(current + 1);
            return new Outcome(Pair(a.Subject, a.Session, current + 1));
        }
    }

    private (string Access, string Refresh) Pair(string subject, string session, int generation)
    {
        var now = emu.Now;
        return (Token("access", subject, session, generation, now, now + AccessLifetime), Token("refresh", subject, session, generation, now, now + RefreshLifetime));
    }

    private string Token(string type, string subject, string session, int generation, DateTimeOffset issued, DateTimeOffset expires)
    {
        var payload = new JsonObject
        {
            ["sub"] = subject, ["typ"] = type, ["sid"] = session, ["gen"] = generation, ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = issued.ToUnixTimeSeconds(), ["exp"] = expires.ToUnixTimeSeconds(),
        };
        var signed = Header + "." + Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return signed + "." + Encode(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signed)));
    }

    private Claims? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header) return null;
        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (Decode(parts[2]) is not { } signature || !CryptographicOperations.FixedTimeEquals(signature, expected)) return null;
        var payload = JsonNode.Parse(Decode(parts[1])!);
        return new Claims(
            payload.Str("typ")!, payload.Str("sub")!, payload.Str("sid")!, (int)payload.Long("gen")!.Value,
            DateTimeOffset.FromUnixTimeSeconds(payload.Long("exp")!.Value));
    }

    private static string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);

    private static byte[]? Decode(string text)
    {
        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The result of an accepted pair: the new pair to hand out, or none.</summary>
    public sealed record Outcome((string Access, string Refresh)? Rotated);

    private sealed record Claims(string Type, string Subject, string Session, int Generation, DateTimeOffset Expires);

    /// <summary>The newest generation of a session that was rotated, and whether its pair was used yet.</summary>
    private sealed class Generation(int number)
    {
        public int Number { get; } = number;

        public bool Seen { get; set; }
    }
}
