using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MultiCloudClusters.Emulator.Hosting;

/// <summary>An answer with exact control over status, headers, body and content type.</summary>
internal sealed class EmuResult(int status, string? body, string contentType = "application/json") : IResult, IStatusCodeHttpResult
{
    private readonly List<KeyValuePair<string, string>> headers = [];

    public int? StatusCode => status;

    public string? Body => body;

    public static EmuResult Json(int status, JsonNode? node) => new(status, node?.ToJsonString());

    public static EmuResult Ok(JsonNode node) => Json(200, node);

    public static EmuResult Empty(int status) => new(status, null);

    public static EmuResult Text(string text, string contentType) => new(200, text, contentType);

    public EmuResult WithHeader(string name, string value)
    {
        headers.Add(new(name, value));
        return this;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (status == 0) return; // dropped connection: nothing is written.
        var response = httpContext.Response;
        response.StatusCode = status;
        foreach (var (name, value) in headers) response.Headers.Append(name, value);
        if (body is null) return;
        response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
