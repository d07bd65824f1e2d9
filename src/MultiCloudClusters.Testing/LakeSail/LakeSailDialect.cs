using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.LakeSail;

/// <summary>LakeSail auth (<c>Authorization: Bearer</c>) and its <c>{ error: { code, message, errorType, details } }</c> body.</summary>
internal sealed class LakeSailDialect(LakeSailEmulatorEndpoint credentials) : IProviderDialect
{
    public EmulatedProvider Provider => EmulatedProvider.LakeSail;

    public string RequestIdHeader => EmulatorGateway.FallbackRequestIdHeader;

    public ValueTask<EmuResult?> AuthenticateAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        EmuResult? result = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header[7..].Trim() == credentials.ApiToken
            ? null
            : Error(401, "UNAUTHENTICATED", "authentication", header.Length == 0 ? "A Bearer token is required." : "The token is not valid.");
        return ValueTask.FromResult(result);
    }

    public EmuResult Fault(int status, string message, TimeSpan? retryAfter) => status switch
    {
        429 => Error(429, "RESOURCE_EXHAUSTED", "rate_limit", message, retryable: true, retryAfter),
        503 => Error(503, "UNAVAILABLE", "unavailable", message, retryable: true, retryAfter),
        _ => Error(500, "INTERNAL", "internal", message, retryable: true),
    };

    public EmuResult Refuse(int status, string message) => status switch
    {
        404 => Error(404, "NOT_FOUND", "not_found", message),
        405 => Error(405, "UNIMPLEMENTED", "unimplemented", message),
        400 => Error(400, "INVALID_ARGUMENT", "validation", message),
        _ => Error(status, "INTERNAL", "internal", message, retryable: true),
    };

    public static EmuResult Error(int status, string code, string errorType, string message, bool retryable = false, TimeSpan? retryAfter = null, JsonObject? fieldErrors = null) =>
        EmuResult.Json(status, new JsonObject { ["error"] = ErrorInfo(code, errorType, message, retryable, retryAfter, fieldErrors) });

    public static JsonObject ErrorInfo(string code, string errorType, string message, bool retryable = false, TimeSpan? retryAfter = null, JsonObject? fieldErrors = null)
    {
        var details = new JsonObject { ["retryable"] = retryable, ["requestId"] = EmulatorContext.RequestId() };
        if (retryAfter is { } wait) details["retryAfter"] = wait.TotalSeconds;
        if (fieldErrors is not null) details["fieldErrors"] = fieldErrors;
        return new JsonObject { ["code"] = code, ["message"] = message, ["errorType"] = errorType, ["details"] = details };
    }

    public static EmuResult NotFound(string what) => Error(404, "NOT_FOUND", "not_found", $"{what} was not found.");

    public static EmuResult Invalid(string field, string message) =>
        Error(400, "INVALID_ARGUMENT", "validation", message, fieldErrors: new JsonObject { [field] = message });

    public static EmuResult Precondition(string message) => Error(409, "FAILED_PRECONDITION", "conflict", message);
}
