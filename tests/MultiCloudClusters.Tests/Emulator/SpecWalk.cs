using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MultiCloudClusters.Emulator;
using MultiCloudClusters.Tests.Specs;

namespace MultiCloudClusters.Tests.Emulator;

/// <summary>What one operation of the walk sends beyond its path, and what it keeps from the answer.</summary>
internal sealed record WalkInput
{
    /// <summary>The query string, without <c>?</c>.</summary>
    public string? Query { get; init; }

    /// <summary>The JSON body, made from the values known when the call is sent.</summary>
    public Func<IReadOnlyDictionary<string, string>, string>? Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Path parameters of this operation only (for example: delete what the walk created, not the shared resource).</summary>
    public IReadOnlyDictionary<string, string> PathValues { get; init; } = new Dictionary<string, string>();

    /// <summary>Path parameters of this operation only, taken from the named value when the call is sent (one an earlier answer gave).</summary>
    public IReadOnlyDictionary<string, string> PathFrom { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads values for later operations out of the answer.</summary>
    public Action<JsonElement, IDictionary<string, string>>? Capture { get; init; }
}

/// <summary>
/// Sends every operation of one spec (read at run time from <c>specs/</c>) to the emulator, creates first and
/// deletes last, with the inputs its provider's table gives, and reports each operation that is not answered
/// with success by the route of that very operationId, or lacks the provider's request id header.
/// </summary>
internal sealed partial class SpecWalk(MultiCloudEmulator emu, EmulatedProvider provider, string specFile, HttpClient http, string requestIdHeader)
{
    private static readonly string[] MethodOrder = ["POST", "GET", "PUT", "PATCH", "DELETE"];

    public string SpecFile { get; } = specFile;

    /// <summary>Path parameter values shared by every operation, by parameter name; captures add to them.</summary>
    public Dictionary<string, string> Values { get; } = [];

    /// <summary>The inputs of the operations that need more than their path, by operationId.</summary>
    public Dictionary<string, WalkInput> Inputs { get; } = [];

    /// <summary>How many operations were sent.</summary>
    public int Sent { get; private set; }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();

    public async Task<IReadOnlyList<string>> RunAsync()
    {
        var problems = new List<string>();
        var operations = SpecDocument.Load(SpecFile).Operations
            .Select(o => (Method: o.Key[..o.Key.IndexOf(' ', StringComparison.Ordinal)], Path: o.Key[(o.Key.IndexOf(' ', StringComparison.Ordinal) + 1)..], Id: o.Value))
            .OrderBy(o => Array.IndexOf(MethodOrder, o.Method) is var rank and >= 0 ? rank : MethodOrder.Length)
            .ThenBy(o => o.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var (method, path, id) in operations)
        {
            var problem = await SendAsync(method, path, id);
            if (problem is not null) problems.Add($"{SpecFile} {method} {path} ({id}): {problem}");
        }

        return problems;
    }

    private async Task<string?> SendAsync(string method, string path, string operationId)
    {
        var input = Inputs.GetValueOrDefault(operationId) ?? new WalkInput();
        string? missing = null;
        var concrete = Placeholder().Replace(path, m =>
        {
            var name = m.Groups[1].Value;
            if (input.PathValues.TryGetValue(name, out var own)
                || (input.PathFrom.TryGetValue(name, out var from) && Values.TryGetValue(from, out own))
                || (!input.PathFrom.ContainsKey(name) && Values.TryGetValue(name, out own)))
            {
                return Uri.EscapeDataString(own);
            }

            missing = name;
            return m.Value;
        });
        if (missing is not null) return $"no value for {{{missing}}}: give one in the walk inputs";

        using var request = new HttpRequestMessage(new HttpMethod(method), concrete.TrimStart('/') + (input.Query is null ? "" : "?" + input.Query));
        if (input.Body is not null) request.Content = new StringContent(input.Body(Values), Encoding.UTF8, MediaTypeHeaderValue.Parse(input.ContentType));
        foreach (var (name, value) in input.Headers) request.Headers.TryAddWithoutValidation(name, value);

        var before = emu.Counters.RequestCount(provider, operationId);
        Sent++;
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var served = emu.Counters.RequestCount(provider, operationId) - before;
        if (!response.IsSuccessStatusCode)
        {
            return $"answered {(int)response.StatusCode} {Shorten(body)}" + (served == 0 ? " by no route of this operation (not served)" : "");
        }

        if (served != 1) return $"answered {(int)response.StatusCode}, but not by the route of {operationId}";
        if (!response.Headers.TryGetValues(requestIdHeader, out var ids) || string.IsNullOrWhiteSpace(ids.FirstOrDefault()))
        {
            return $"no {requestIdHeader} header in the answer";
        }

        if (input.Capture is not null) input.Capture(JsonDocument.Parse(body).RootElement.Clone(), Values);
        return null;
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
