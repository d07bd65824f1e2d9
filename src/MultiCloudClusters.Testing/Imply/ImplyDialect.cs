using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Imply;

/// <summary>Imply auth (<c>Authorization: Bearer</c>, static or issued token) and its <c>{ error: { code, message, details } }</c> body.</summary>
internal sealed class ImplyDialect(ImplyEmulatorEndpoint credentials, ImplyTokens tokens) : IProviderDialect
{
    public EmulatedProvider Provider => EmulatedProvider.Imply;

    public string RequestIdHeader => EmulatorGateway.FallbackRequestIdHeader;

    public ValueTask<EmuResult?> AuthenticateAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        EmuResult? result = null;
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            result = Error(401, "Unauthorized", "A Bearer access token is required.");
        }
        else
        {
            var token = header[7..].Trim();
            if (token != credentials.AccessToken && !tokens.IsValid(token)) result = Error(401, "Unauthorized", "The access token is not valid or has expired.");
        }

        return ValueTask.FromResult(result?.WithHeader("WWW-Authenticate", "Bearer"));
    }

    public EmuResult Fault(int status, string message, TimeSpan? retryAfter) =>
        Error(status, status switch { 429 => "TooManyRequests", 503 => "ServiceUnavailable", _ => "InternalError" }, message);

    public EmuResult Refuse(int status, string message) =>
        Error(status, status switch { 404 => "NotFound", 405 => "MethodNotAllowed", 400 => "BadArgument", _ => "InternalError" }, message);

    public static EmuResult Error(int status, string code, string message, JsonArray? details = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (details is not null) error["details"] = details;
        return EmuResult.Json(status, new JsonObject { ["error"] = error });
    }

    public static EmuResult BadArgument(string target, string code, string message) =>
        Error(400, "BadArgument", "The request is not valid.", new JsonArray(new JsonObject { ["code"] = code, ["target"] = target, ["message"] = message }));

    public static EmuResult NotFound(string what) => Error(404, "NotFound", $"{what} was not found.");

    public static EmuResult Busy(string uid) => Error(409, "StateConflict", $"Cluster {uid} is being updated; only one update at a time.");
}
