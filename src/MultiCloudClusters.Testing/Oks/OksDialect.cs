using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>
/// OKS auth — JWTs (<c>AccessToken</c> + <c>RefreshToken</c>, see <see cref="OksTokens"/>), then
/// <c>AccessKey</c> + <c>SecretKey</c>, then HTTP Basic, as the official CLI picks — and its <c>Errors</c> envelope.
/// A login with the account's login and password (Basic) is answered with a fresh token pair in <c>Access-Token</c> /
/// <c>Refresh-Token</c>; access keys are long-lived credentials and open no session.
/// </summary>
internal sealed class OksDialect(OksEmulatorEndpoint credentials, OksTokens tokens) : IProviderDialect
{
    public EmulatedProvider Provider => EmulatedProvider.Oks;

    /// <summary>OKS puts the request id in every body's <c>ResponseContext</c>; the header carries the same value.</summary>
    public string RequestIdHeader => EmulatorGateway.FallbackRequestIdHeader;

    public ValueTask<EmuResult?> AuthenticateAsync(HttpContext context) => ValueTask.FromResult(Authenticate(context));

    private EmuResult? Authenticate(HttpContext context)
    {
        var headers = context.Request.Headers;
        string? accessToken = headers["AccessToken"], refreshToken = headers["RefreshToken"];
        if (!string.IsNullOrEmpty(accessToken) || !string.IsNullOrEmpty(refreshToken))
        {
            if (tokens.Check(accessToken ?? "", refreshToken ?? "") is not { } outcome) return InvalidJwt();
            if (outcome.Rotated is { } pair) HandOut(context, pair);
            return null;
        }

        string? accessKey = headers["AccessKey"], secretKey = headers["SecretKey"], authorization = headers.Authorization;
        if (!string.IsNullOrEmpty(accessKey) || !string.IsNullOrEmpty(secretKey))
        {
            return accessKey == credentials.AccessKey && secretKey == credentials.SecretKey ? null : Error(401, "AuthenticationError", "The credentials are not valid.");
        }

        if (authorization?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Error(401, "AuthenticationError", "Missing credentials: send AccessToken and RefreshToken, AccessKey and SecretKey, or HTTP Basic.");
        }

        if (DecodeBasic(authorization[6..]) != $"{credentials.Username}:{credentials.Password}") return Error(401, "AuthenticationError", "The credentials are not valid.");
        HandOut(context, tokens.SignIn(credentials.Username)); // a login with the account's password opens a JWT session
        return null;
    }

    public EmuResult Fault(int status, string message, TimeSpan? retryAfter) =>
        Error(status, status switch { 429 => "TooManyRequests", 503 => "ServiceUnavailable", _ => "InternalError" }, message);

    public EmuResult Refuse(int status, string message) =>
        Error(status, status switch { 404 => "NotFound", 405 => "MethodNotAllowed", 400 => "BadRequest", _ => "InternalError" }, message);

    public static EmuResult Error(int status, string type, string details) =>
        EmuResult.Json(status, Envelope(status, type, JsonValue.Create(details)));

    /// <summary>A 422 for one member, in the newer envelope with the <c>{loc, msg, type}</c> list as <c>Details</c>.</summary>
    public static EmuResult Validation(string field, string message, string location = "body") =>
        EmuResult.Json(422, Envelope(422, "ValidationError", new JsonArray(new JsonObject
        {
            ["loc"] = new JsonArray(location, field),
            ["msg"] = message,
            ["type"] = "value_error",
        })));

    public static EmuResult NotFound(string what) => Error(404, "NotFound", $"{what} not found.");

    public static JsonObject Context() => new() { ["RequestId"] = EmulatorContext.RequestId() };

    /// <summary>A success answer: the <c>ResponseContext</c> and one member.</summary>
    public static EmuResult Answer(string key, JsonNode? value) => EmuResult.Ok(new JsonObject { ["ResponseContext"] = Context(), [key] = value });

    private static void HandOut(HttpContext context, (string Access, string Refresh) pair)
    {
        context.Response.Headers["Access-Token"] = pair.Access;
        context.Response.Headers["Refresh-Token"] = pair.Refresh;
    }

    /// <summary>The refusal of a token pair: the <c>Errors</c> envelope, plus the <c>message</c> the official CLI reads to sign in again.</summary>
    private static EmuResult InvalidJwt()
    {
        var body = Envelope(401, "AuthenticationError", JsonValue.Create(OksTokens.InvalidMessage));
        body["message"] = OksTokens.InvalidMessage;
        return EmuResult.Json(401, body);
    }

    private static JsonObject Envelope(int status, string type, JsonNode? details) => new()
    {
        ["Errors"] = new JsonArray(new JsonObject
        {
            ["Type"] = type,
            ["Details"] = details,
            ["Code"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }),
        ["ResponseContext"] = Context(),
    };

    private static string? DecodeBasic(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
