using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>AME auth (<c>Authorization: Token &lt;pat&gt;</c>) and its <c>{ message, details }</c> error body.</summary>
internal sealed class AmeDialect(AmeEmulatorEndpoint credentials) : IProviderDialect
{
    public EmulatedProvider Provider => EmulatedProvider.Ame;

    public string RequestIdHeader => EmulatorGateway.FallbackRequestIdHeader;

    public ValueTask<EmuResult?> AuthenticateAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        EmuResult? result = null;
        if (!header.StartsWith("Token ", StringComparison.Ordinal))
        {
            result = Error(401, "Unauthorized: send Authorization: Token <personal access token>.");
        }
        else if (header[6..].Trim() != credentials.PersonalAccessToken)
        {
            result = Error(403, "Forbidden: the personal access token is not valid.");
        }

        return ValueTask.FromResult(result);
    }

    public EmuResult Fault(int status, string message, TimeSpan? retryAfter) => Error(status, message);

    public EmuResult Refuse(int status, string message) => Error(status, message);

    public static EmuResult Error(int status, string message, params string[] details) =>
        EmuResult.Json(status, new JsonObject { ["message"] = message, ["details"] = new JsonArray([.. details.Select(d => (JsonNode)d)]) });

    public static EmuResult NotFound(string what) => Error(404, $"{what} not found");

    public static EmuResult BadRequest(params string[] details) => Error(400, "Validation failed", details);
}
