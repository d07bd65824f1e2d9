using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Tests.Conformance;

/// <summary>
/// Feeds a pinned response example (<c>TestData/examples/</c>) to a generated client and checks that nothing of it
/// was lost: written back with the generated clients' own JSON settings, the parsed object must hold every member of
/// the example with the same value, whether it landed in a typed member or in the <c>AdditionalProperties</c> bag.
/// </summary>
internal static class ResponseExamples
{
    // The generated clients' settings with every provider's source-generated context, so each generated model is written
    // by its context as the clients write it. Reflection only for the shapes no context declares: the anonymous objects
    // of the check's own tests and a list answer's runtime type (List<T> behind ICollection<T>), whose items still
    // come from the context (the options resolve nested types through the whole chain).
    private static readonly JsonSerializerOptions GeneratedJson = new(GeneratedClientJson.AnyProvider)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(GeneratedClientJson.AnyProvider.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>An example file, e.g. <c>Read("imply", "error-400.json")</c>.</summary>
    public static string Read(string provider, string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "examples", provider, file));

    /// <summary>An <see cref="HttpClient"/> on which every request gets this status and body.</summary>
    public static HttpClient Answering(int status, string body, string baseAddress = "https://api.example.test/") =>
        new(new CannedAnswer(status, body)) { BaseAddress = new Uri(baseAddress) };

    /// <summary>Fails, naming every member, when <paramref name="parsed"/> does not carry all of <paramref name="example"/>.</summary>
    public static void AssertLossless(string example, object parsed) =>
        AssertWrittenLossless(example, JsonNode.Parse(JsonSerializer.Serialize(parsed, parsed.GetType(), GeneratedJson)));

    /// <summary>Fails, naming every member, when <paramref name="written"/> (a model written back as JSON) does not carry all of <paramref name="example"/>.</summary>
    public static void AssertWrittenLossless(string example, JsonNode? written)
    {
        var losses = new List<string>();
        Compare(JsonNode.Parse(example), written, "$", losses);
        Assert.True(losses.Count == 0, "Lost or changed while parsing:\n" + string.Join('\n', losses));
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> losses)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    losses.Add($"{path}: null became {actual.ToJsonString()}");
                }

                return; // a null the client leaves out on writing carries nothing that was lost
            case JsonObject e when actual is JsonObject a:
                foreach (var (key, value) in e)
                {
                    if (!a.TryGetPropertyValue(key, out var got) && value is not null)
                    {
                        losses.Add($"{path}.{key}: missing");
                        continue;
                    }

                    Compare(value, got, $"{path}.{key}", losses);
                }

                return;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    losses.Add($"{path}: {e.Count} items became {a.Count}");
                    return;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", losses);
                }

                return;
            case JsonValue e when actual is JsonValue a && SameValue(e, a):
                return;
            default:
                losses.Add($"{path}: {expected.ToJsonString()} became {actual?.ToJsonString() ?? "nothing"}");
                return;
        }
    }

    /// <summary>Equal values in the forms a typed member writes them back: the same instant, UUID or number.</summary>
    private static bool SameValue(JsonValue expected, JsonValue actual)
    {
        var (e, a) = (expected.GetValue<JsonElement>(), actual.GetValue<JsonElement>());
        return (e.ValueKind, a.ValueKind) switch
        {
            (JsonValueKind.String, JsonValueKind.String) => e.GetString() == a.GetString()
                || (DateTimeOffset.TryParse(e.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var t1)
                    && DateTimeOffset.TryParse(a.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var t2) && t1 == t2)
                || (Guid.TryParse(e.GetString(), out var g1) && Guid.TryParse(a.GetString(), out var g2) && g1 == g2),
            (JsonValueKind.Number, JsonValueKind.Number) => e.GetDecimal() == a.GetDecimal(),
            _ => e.ValueKind == a.ValueKind && e.ValueKind is JsonValueKind.True or JsonValueKind.False,
        };
    }

    private sealed class CannedAnswer(int status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage((HttpStatusCode)status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
