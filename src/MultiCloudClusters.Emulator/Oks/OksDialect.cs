using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>OKS auth (AccessKey/SecretKey headers or HTTP Basic) and its <c>Errors</c> envelope.</summary>
internal sealed class OksDialect(OksEmulatorEndpoint credentials) : IProviderDialect
{
    public EmulatedProvider Provider => EmulatedProvider.Oks;

    public ValueTask<EmuResult?> AuthenticateAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        string? accessKey = headers["AccessKey"], secretKey = headers["SecretKey"], authorization = headers.Authorization;
        bool ok;
        if (!string.IsNullOrEmpty(accessKey) || !string.IsNullOrEmpty(secretKey))
        {
            ok = accessKey == credentials.AccessKey && secretKey == credentials.SecretKey;
        }
        else if (authorization?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) == true)
        {
            ok = DecodeBasic(authorization[6..]) == $"{credentials.Username}:{credentials.Password}";
        }
        else
        {
            return ValueTask.FromResult<EmuResult?>(Error(401, "AuthenticationError", "Missing credentials: send AccessKey and SecretKey headers or HTTP Basic."));
        }

        return ValueTask.FromResult(ok ? null : Error(401, "AuthenticationError", "The credentials are not valid."));
    }

    public EmuResult Fault(int status, string message, TimeSpan? retryAfter) =>
        Error(status, status switch { 429 => "TooManyRequests", 503 => "ServiceUnavailable", _ => "InternalError" }, message);

    public static EmuResult Error(int status, string type, string details) =>
        EmuResult.Json(status, Envelope(status, type, JsonValue.Create(details)));

    public static EmuResult Validation(string field, string message) =>
        EmuResult.Json(422, Envelope(422, "ValidationError", new JsonArray(new JsonObject
        {
            ["loc"] = new JsonArray("body", field),
            ["msg"] = message,
            ["type"] = "value_error",
        })));

    public static EmuResult NotFound(string what) => Error(404, "NotFound", $"{what} not found.");

    public static JsonObject Context() => new() { ["RequestId"] = EmulatorContext.NewRequestId() };

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
