using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MultiCloudClusters.Http;

/// <summary>
/// JSON of every generated client, through the source-generated context of its provider (no reflection, so it works
/// under trimming and Native AOT). Optional members left unset are not sent (a server may read <c>null</c> as "clear
/// this"), and member names match case-insensitively (AWS sends both <c>message</c> and <c>Message</c>).
/// </summary>
/// <remarks>
/// The build step (<c>build/ShapeGeneratedClient.cs</c>) points each <c>System.Text.Json.JsonSerializer</c> call NSwag
/// writes at the method of the same name and parameters here, which takes the type's metadata from the options'
/// resolver (the provider's context, set by <see cref="Configure"/>): a type the context lacks fails loudly instead of
/// falling back to reflection.
/// </remarks>
internal static class GeneratedClientJson
{
    // A stream reader skips a leading byte-order mark; reading from memory does the same.
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Unset (null) members are left out of what is sent.</summary>
    public const JsonIgnoreCondition IgnoreCondition = JsonIgnoreCondition.WhenWritingNull;

    /// <summary>Member names are read without regard to case.</summary>
    public const bool CaseInsensitive = true;

    /// <summary>
    /// The generated models of every provider at once, with the clients' settings: for code that turns a generated
    /// value of any provider into JSON.
    /// </summary>
    public static JsonSerializerOptions AnyProvider { get; } = Create(JsonTypeInfoResolver.Combine(
        Providers.Oks.Generated.OksJsonContext.Default,
        Providers.Imply.Generated.ImplyJsonContext.Default,
        Providers.Ame.Generated.AmeJsonContext.Default,
        Providers.Eks.Generated.EksJsonContext.Default,
        Providers.LakeSail.Generated.LakeSailJsonContext.Default));

    /// <summary>Gives a generated client's <paramref name="settings"/> the shared rules and its provider's <paramref name="models"/>.</summary>
    public static void Configure(JsonSerializerOptions settings, IJsonTypeInfoResolver models)
    {
        settings.DefaultIgnoreCondition = IgnoreCondition;
        settings.PropertyNameCaseInsensitive = CaseInsensitive;
        settings.TypeInfoResolver = models;
    }

    /// <summary>The metadata of <typeparamref name="T"/> from the resolver of <paramref name="options"/>.</summary>
    /// <exception cref="NotSupportedException">The resolver does not know <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>A request body as UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>(options));

    /// <summary>An answer read as text.</summary>
    public static T? Deserialize<T>(string json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(json, TypeInfo<T>(options));

    /// <summary>UTF-8 JSON already in memory (e.g. opened from a sealed box).</summary>
    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(utf8Json, TypeInfo<T>(options));

    /// <summary>
    /// An answer read as a stream; an answer already in memory (every body the handler chain read whole, see
    /// <see cref="BufferedBody"/>) is read from its buffer in one pass, without the stream's copies and awaits.
    /// </summary>
    public static ValueTask<T?> DeserializeAsync<T>(Stream utf8Json, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        if (utf8Json is MemoryStream { Position: 0 } memory && memory.TryGetBuffer(out var buffer))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var json = buffer.AsSpan();
            return ValueTask.FromResult(JsonSerializer.Deserialize(json.StartsWith(Utf8Bom) ? json[Utf8Bom.Length..] : json, TypeInfo<T>(options)));
        }

        return JsonSerializer.DeserializeAsync(utf8Json, TypeInfo<T>(options), cancellationToken);
    }

    private static JsonSerializerOptions Create(IJsonTypeInfoResolver models)
    {
        var options = new JsonSerializerOptions();
        Configure(options, models);
        options.MakeReadOnly();
        return options;
    }
}
