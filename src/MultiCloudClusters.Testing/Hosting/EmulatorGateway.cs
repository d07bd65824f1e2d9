using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>
/// Runs between routing and the endpoints for every request: gives it a request id (in the provider's header),
/// and answers in the provider's own error shape whatever no operation takes — an unknown route (404), a known
/// route with another method (405, with <c>Allow</c>), an unreadable request (400) or a handler failure (500).
/// </summary>
internal sealed class EmulatorGateway(EmulatorContext emu)
{
    /// <summary>The request id header of paths under no provider.</summary>
    public const string FallbackRequestIdHeader = "x-request-id";

    public static void Use(WebApplication app, EmulatorContext emu) => app.Use(new EmulatorGateway(emu).InvokeAsync);

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var dialect = emu.DialectFor(http.Request.Path);
        http.Response.Headers[dialect?.RequestIdHeader ?? FallbackRequestIdHeader] = EmulatorContext.BeginRequest();
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<OperationInfo>() is not null)
        {
            await RunOperationAsync(http, next, dialect);
            return;
        }

        var route = $"{http.Request.Method} {http.Request.Path}";
        if (endpoint?.RequestDelegate is { } refusal)
        {
            // Routing found the path but not the method: its own endpoint sets 405 and Allow; the body is ours.
            await refusal(http);
            await Answer(http, dialect, 405, $"{route}: the method is not allowed on this route.");
            return;
        }

        await Answer(http, dialect, 404, $"{route}: no such route.");
    }

    private static async Task RunOperationAsync(HttpContext http, RequestDelegate next, IProviderDialect? dialect)
    {
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            await Answer(http, dialect, e.StatusCode, "The request could not be read.");
        }
        catch (Exception e) when (e is not OperationCanceledException && !http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            await Answer(http, dialect, 500, "An unexpected error occurred.");
        }
    }

    private static Task Answer(HttpContext http, IProviderDialect? dialect, int status, string message) =>
        (dialect?.Refuse(status, message) ?? EmuResult.Json(status, new System.Text.Json.Nodes.JsonObject { ["message"] = message })).ExecuteAsync(http);
}
